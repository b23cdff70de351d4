// 业委会成立了 for 是否成立业主委员会 (业委会 one of its names): the item's other names are the question's object too, and
// 成立 / 设立 are question verbs like 建立 (said done: yes; said not yet: no).
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctx, open, summary } from './fixtures.js';

const committee: FieldDef = { key: 'committee', label: '是否成立业主委员会', aliases: ['业委会', '业主委员会'], type: 'boolean' };
const rate: FieldDef = { key: 'rate', label: '居民满意率', aliases: ['满意率'], type: 'number', unit: '%', min: 0, max: 100 };
const c = ctx(open(committee), open(rate));

describe('yes/no said of another name of the question\'s object', () => {
  it.each([
    ['业委会成立了', 'committee=true@2026-11'],
    ['施工中业委会成立了满意率百分之九十二', 'committee=true@2026-11'],
    ['业委会还没成立', 'committee=false@2026-11'],
  ])('%s', (t, want) => {
    expect(summary(parseReply(t, c).values)).toContain(want);
  });

  it('the name alone, with nothing done or undone, says nothing', () => {
    expect(summary(parseReply('业委会的事下周开会再说', c).values)).toEqual([]);
  });
});
