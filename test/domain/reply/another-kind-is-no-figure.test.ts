// 低保户数128户，另有低保边缘户12户: a figure after 另有 / 另外 whose words add a kind of their own to the field's name
// (边缘, 商铺) counts another thing; it never replaces the figure the reply just gave. A label after 另外 that spells the
// field out is still the field's figure.
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

const visits = { key: 'visits', label: '入户走访户数', aliases: ['入户走访', '入户', '走访'], type: 'integer', unit: '户', min: 0 } as FieldDef;

describe('another kind after 另有 is no figure of the field', () => {
  it('另有低保边缘户12户 leaves the 128 given', () => {
    const r = parseReply('低保户数128户，另有低保边缘户12户', ctx(open(F.dibaoHouseholds), open(F.dibaoPersons)));
    expect(summary(r.values)).toEqual(['dibao_households=128@2026-11']);
  });
  it('另有商铺走访40家 leaves the 185 given', () => {
    const r = parseReply('五一入户走访185户 另有商铺走访40家', ctx(open(visits)));
    expect(summary(r.values)).toEqual(['visits=185@2026-11']);
    expect(r.choices).toEqual([]);
  });
  it('另外低保人数208人 spells the field out: kept', () => {
    const r = parseReply('低保户数128户，另外低保人数208人', ctx(open(F.dibaoHouseholds), open(F.dibaoPersons)));
    expect(summary(r.values)).toEqual(['dibao_households=128@2026-11', 'dibao_persons=208@2026-11']);
  });
});
