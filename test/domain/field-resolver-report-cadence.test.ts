// 年报, 半年报, 月报 and 快报 are different reports: a report's cadence is part of what it is, so a report of one cadence
// never takes a field of another that only resembles it (年报 inside 上半年报, 月报 beside 建筑业年报).
import { describe, expect, it } from 'vitest';
import { createFieldMatcher } from '../../src/domain/dictionary.js';
import type { FieldDef } from '../../src/domain/types.js';

const report = (key: string, label: string, aliases: string[] = []): FieldDef => ({ key, label, aliases, type: 'text' });
const fields: FieldDef[] = [
  report('cz_annual', '城乡建设统计年报'),
  report('cz_half', '城乡建设统计半年报', ['上半年报']),
];
const trade: FieldDef[] = [report('building_annual', '建筑业统计年报', ['建筑业年报'])];
const top = (phrase: string, dictionary = fields): string | undefined => createFieldMatcher(dictionary).match(phrase)[0]?.field.key;

describe('a report keeps its cadence', () => {
  it('年报 is the annual report, not the half-year one whose name holds it', () => {
    expect(top('年报')).toBe('cz_annual');
    expect(top('半年报')).toBe('cz_half');
  });

  it('a monthly report does not take the annual report of the same trade', () => {
    expect(top('建筑业统计月报', trade)).toBeUndefined();
    expect(top('建筑业统计年报', trade)).toBe('building_annual');
  });
});
