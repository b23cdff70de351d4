// 头, 羽 count animals: 养殖场3000羽 is no count of farms (个), whatever the label shares with it.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';
import { L } from './fields-fresh6.js';

describe('a count of animals', () => {
  it('is never a count of farms', () => {
    const r = parseReply('家禽存栏更正为21.8万羽（漏了一个养殖场3000羽）', ctx(open(L.poultry, '2026-11', true), open(L.farms, '2026-11', true)));
    expect(summary(r.values)).toEqual(['poultry=21.8@2026-11']);
  });

  it('is a count of the animals asked', () => {
    expect(summary(parseReply('规模养殖场十一个，牛存栏2130头', ctx(open(L.cattle), open(L.farms))).values)).toEqual(['cattle=2130@2026-11', 'farms=11@2026-11']);
  });
});
