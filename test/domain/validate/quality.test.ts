import { describe, expect, it } from 'vitest';
import type { FieldDef, FieldRule } from '../../../src/domain/types.js';
import { checkNumericValue, plausibleMax } from '../../../src/domain/validate/number.js';
import { comparablePeriods, qualityIssues } from '../../../src/domain/validate/quality.js';

const households: FieldDef = { key: 'hh', label: '低保户数', aliases: [], type: 'integer', unit: '户', min: 0, tolerance: 3 };
const persons: FieldDef = { key: 'pp', label: '低保人数', aliases: [], type: 'integer', unit: '人', min: 0 };
const rules: FieldRule[] = [{ left: 'pp', op: '>=', right: 'hh' }];
const fields = new Map([[households.key, households], [persons.key, persons]]);

function issues(figures: Array<{ field: string; value: number }>, pool: Record<string, number> = {}, previous?: { value: number; period: string }) {
  return qualityIssues(figures.map((f) => ({ ...f, period: '2026-11' })), {
    field: (k) => fields.get(k), rules, held: (field) => pool[field], previous: () => previous,
  });
}

describe('cross-field rules', () => {
  it('flags both figures of the same reply, in plain words', () => {
    const found = issues([{ field: 'hh', value: 120 }, { field: 'pp', value: 100 }]);
    expect([...found.values()]).toEqual(['低保人数（100人）不应少于低保户数（120户）', '低保人数（100人）不应少于低保户数（120户）']);
  });

  it('checks against the pool and passes when the rule holds', () => {
    expect(issues([{ field: 'pp', value: 100 }], { hh: 120 }).size).toBe(1);
    expect(issues([{ field: 'pp', value: 200 }], { hh: 120 }).size).toBe(0);
    expect(issues([{ field: 'pp', value: 200 }]).size).toBe(0);
  });
});

describe('history', () => {
  it('a jump beyond the tolerance either way, from a previous figure large enough to compare', () => {
    expect(issues([{ field: 'hh', value: 480 }], {}, { value: 120, period: '2026-10' }).get(0)).toContain('4倍');
    expect(issues([{ field: 'hh', value: 30 }], {}, { value: 120, period: '2026-10' }).get(0)).toContain('少了75%');
    expect(issues([{ field: 'hh', value: 300 }], {}, { value: 120, period: '2026-10' }).size).toBe(0);
    expect(issues([{ field: 'hh', value: 40 }], {}, { value: 5, period: '2026-10' }).size).toBe(0);
  });

  it('compares a period with earlier ones of its kind only', () => {
    expect(comparablePeriods('2026-11', ['2026-10', '2026-W47', '2026-12', '2026-09', '2026', ''])).toEqual(['2026-10', '2026-09']);
  });
});

describe('plausible maximum', () => {
  it('asks about a figure beyond the ceiling for its measure word, or the field\'s own', () => {
    expect(checkNumericValue(99_999_999, persons)).toMatchObject({ ok: true, confirm: expect.stringContaining('大很多') });
    expect(checkNumericValue(5000, persons)).toEqual({ ok: true, value: 5000 });
    expect(checkNumericValue(600, { ...persons, plausibleMax: 500 })).toMatchObject({ confirm: expect.stringContaining('500') });
    expect(plausibleMax({ ...persons, max: 100 })).toBeNull();
  });
});
