// Items said to be nil after the last figure of a voice run: several in one breath (招牌没有隐患违建没有), or one ended by
// a typed pause (百岁老人没有 生存认证已完成).
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctx, F, open, summary } from './fixtures.js';

const int = (key: string, label: string, aliases: string[], unit: string): FieldDef => ({ key, label, aliases, type: 'integer', unit, min: 0 });
const lamps = int('lamps', '路灯损坏数', ['路灯坏'], '盏');
const ads = int('ads', '户外广告招牌隐患数', ['招牌隐患'], '处');
const illegal = int('illegal', '违法建设处数', ['违建处数'], '处');
const stopped = int('stopped', '停发人数', ['停发'], '人');
const centenarians = int('centenarians', '百岁老人数', ['百岁老人'], '人');

describe('nil items after the last figure', () => {
  it('招牌没有隐患违建没有: each is zero', () => {
    const r = parseReply('路灯坏了四盏招牌没有隐患违建没有', ctx(open(lamps), open(ads), open(illegal)));
    expect(summary(r.values)).toEqual(['ads=0@2026-11', 'illegal=0@2026-11', 'lamps=4@2026-11']);
  });

  it('百岁老人没有 then a pause and another item: zero', () => {
    const r = parseReply('停发1人 百岁老人没有 生存认证已完成', ctx(open(stopped), open(centenarians), open(F.selfCheck)));
    expect(summary(r.values)).toContain('centenarians=0@2026-11');
  });
});
