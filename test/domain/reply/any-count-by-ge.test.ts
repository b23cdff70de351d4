// ANY_COUNT_BY_GE: 五个 / 有5个 for 百岁老人人数 (counted in 人) — 个 counts people and things alike; read as fitting no count,
// the only figure asked for was dropped with "no data found".
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

const values = (text: string, ...c: Parameters<typeof ctx>): string[] => summary(parseReply(text, ctx(...c)).values);

describe('a figure counted in 个', () => {
  it.each(['五个', '有5个', '十二个'])('%s answers the one count open', (text) => {
    expect(values(text, open(F.centenarians, null))).toHaveLength(1);
  });

  it('is asked about when two counts are open', () => {
    const reply = parseReply('5个', ctx(open(F.dibaoHouseholds), open(F.dibaoPersons)));
    expect(reply.values).toEqual([]);
    expect(reply.choices[0]?.options.map((o) => o.field)).toEqual(['dibao_households', 'dibao_persons']);
  });

  it('is never a sum of money', () => {
    expect(values('5个', open(F.tempAmount))).toEqual([]);
  });

  it('counting something else still names no figure', () => {
    expect(values('还有两个村没报上来', open(F.centenarians, null))).toEqual([]);
  });
});
