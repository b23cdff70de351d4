// CHECKED_THEN_LEVEL: a figure said after a check on it (现在核实后是, 核对后为, 核查过是) is the level the check found and
// replaces the figure the same sentence gave before. 核实后 was not read as a level: 低保户数128户，现在核实后是130户 kept 128.
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, F, open, summary } from './fixtures.js';

const canal: FieldDef = { key: 'canal_km', label: '清淤整修渠道', aliases: ['渠道'], type: 'number', unit: '公里', min: 0 };

describe('a level said after a check', () => {
  it('replaces the figure said before it', () => {
    const c = ctx(open(F.dibaoHouseholds), open(F.dibaoPersons));
    for (const t of ['低保户数128户，现在核实后是130户', '低保户数128户，核实后是130户', '低保户数128户，核对后为130户', '低保户数128户 核查过是130户']) {
      expect(summary(parseReply(t, c).values)).toEqual(['dibao_households=130@2026-11']);
    }
  });

  it('for the period said, the other items kept', () => {
    const c = ctx(open(canal, '2026-10', true), open(canal, '2026-11', true));
    expect(summary(parseReply('11月渠道是2.5公里，现在核实后是2.8公里', c).values)).toEqual(['canal_km=2.8@2026-11']);
    const d = ctx(open(F.dibaoHouseholds), open(F.dibaoPersons));
    expect(summary(parseReply('低保户数128户，核实后是130户，低保人数203人', d).values)).toEqual(['dibao_households=130@2026-11', 'dibao_persons=203@2026-11']);
  });
});
