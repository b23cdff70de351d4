// 农村低保112户177人，城市低保20户31人 — 农村 ends like a village's name; read as the reporting unit at the start of the reply,
// 112户 lost its kind and the city part replaced it: 20 was stored as every 低保户 (and 177 as every 低保人数), wrong figures.
// Read as kinds, the two are parts and the reporter is asked for the total.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open } from './fixtures.js';

const c = ctx(open(F.dibaoHouseholds), open(F.dibaoPersons));

describe('a kind that ends like a place', () => {
  it.each(['农村低保112户177人，城市低保20户31人', '乡村低保112户，城市低保20户', '城镇低保20户，农村低保112户'])('%s: parts, no figure', (text) => {
    const reply = parseReply(text, c);
    expect(reply.values).toEqual([]);
    expect(reply.invalid.map((v) => v.field)).toContain('dibao_households');
  });
});
