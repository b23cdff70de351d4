// 残疾人两项补贴356人 while only 高龄津贴人数 is asked: 两项 inside the name of an item nobody asked (a dictionary name, not an
// asked one) was read as a figure, so the label left before 356 was 补贴 alone, which the asked 高龄补贴人数 shares, and 356 was
// stored as the elderly allowance. Numerals inside any dictionary name are no figure; the 356 is acknowledged as unasked.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { F, ctx, open, summary } from './fixtures.js';

const allowance: FieldDef = { key: 'elderly_allowance_persons', label: '80周岁以上高龄津贴人数', aliases: ['高龄津贴人数', '高龄补贴人数'], type: 'integer', unit: '人', min: 0 };
const dictionary: FieldDef[] = [F.dibaoHouseholds, F.dibaoPersons, F.subsidy, allowance];
const read = (text: string) => parseReply(text, { ...ctx(open(allowance)), dictionary });

describe('a numeral inside the name of an item nobody asked', () => {
  it('is no figure, and the figure after the name is not filed under the asked item', () => {
    const r = read('残疾人两项补贴356人');
    expect(summary(r.values)).toEqual([]);
    expect(r.unasked.map((u) => u.field)).toEqual(['disability_subsidy_persons']);
  });

  it('the asked item said by its own name still reads', () => {
    expect(summary(read('高龄津贴人数356人').values)).toEqual(['elderly_allowance_persons=356@2026-11']);
  });
});

describe('a short piece of an unasked name', () => {
  // (人两 of 残疾人两项 blocked 两个 in 百岁老人两个, and 41 of the next sentence was stored as the centenarians)
  it('does not block a figure said with its measure word', () => {
    const centenarians = parseReply('百岁老人两个 另外90岁以上的有41个', { ...ctx(open(F.centenarians)), dictionary });
    expect(summary(centenarians.values)).toEqual(['centenarians=2@2026-11']);
  });
});
