// In a voice run with no pauses, a nil said by a negated verb (没搞, 还没有搬的) after the last figure ends where the next
// item's name begins (环境卫生活动没搞台账建起来了): the item before the negation is 0, and the next item is still read.
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';

const int = (key: string, label: string, aliases: string[], unit: string): FieldDef => ({ key, label, aliases, type: 'integer', unit, min: 0 });
const talks = int('talks', '移风易俗宣讲次数', ['移风易俗宣讲', '宣讲'], '次');
const clean = int('clean', '人居环境卫生活动次数', ['环境卫生活动', '卫生活动'], '次');
const ledger = { key: 'ledger', label: '是否建立志愿服务台账', aliases: ['志愿服务台账', '台账'], type: 'boolean' } as FieldDef;

describe('a nil in the middle of a voice run, before the next item', () => {
  it('环境卫生活动没搞 before 台账建起来了', () => {
    const r = parseReply('香水镇移风易俗宣讲五次环境卫生活动没搞台账建起来了', ctx(open(talks), open(clean), open(ledger)));
    expect(summary(r.values)).toEqual(['clean=0@2026-11', 'ledger=true@2026-11', 'talks=5@2026-11']);
  });
});
