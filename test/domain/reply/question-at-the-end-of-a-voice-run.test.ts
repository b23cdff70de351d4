// A voice run that ends with a question about another item (调解成功零 成功率不填吧？): the question is the words after
// the last pause; the figures before it are read. A question about the figure itself stays a question.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctx, F, open, summary } from './fixtures.js';

const found: FieldDef = { key: 'found', label: '排查纠纷件数', aliases: ['排查件数', '纠纷件数'], type: 'integer', unit: '件', min: 0 };
const mediated: FieldDef = { key: 'mediated', label: '调解成功件数', aliases: ['调解成功数', '调解成功'], type: 'integer', unit: '件', min: 0 };
const rate: FieldDef = { key: 'rate', label: '调解成功率', aliases: ['成功率'], type: 'number', unit: '%', min: 0, max: 100 };
const story: FieldDef = { key: 'story', label: '重点纠纷简要情况', aliases: ['重点纠纷'], type: 'text' };

describe('a question at the end of a voice run', () => {
  it('asks only about the item named after the last pause', () => {
    const r = parseReply('这个月没有纠纷 调解成功零 成功率不填吧？', ctx(open(found), open(mediated), open(rate), open(story)));
    expect(summary(r.values)).toEqual(['found=0@2026-11', 'mediated=0@2026-11']);
    expect(r.question).toBe(true);
  });

  it('a question about the figure just said keeps it unread', () => {
    const c = ctx(open(F.dibaoHouseholds), open(F.dibaoPersons));
    expect(parseReply('低保户数120 对吗？', c).values).toEqual([]);
    expect(parseReply('120 是低保户数还是低保人数？', c).values).toEqual([]);
  });
});
