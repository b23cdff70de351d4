// A validation question says a figure the way people write it, never in exponent form: 是0.0000001%，还是0.00001%？,
// not 是1e-7%，还是0.00001%？; a cross-field rule's figures too (writeDecimal, src/domain/numbers.ts).
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { checkNumericValue } from '../../../src/domain/validate/number.js';
import { qualityIssues } from '../../../src/domain/validate/quality.js';

const share: FieldDef = { key: 'coverage_rate', label: '覆盖率', aliases: [], type: 'number', unit: '%', min: 0 };
const spent: FieldDef = { key: 'spent', label: '已拨付资金', aliases: [], type: 'number', unit: '万元', min: 0 };
const granted: FieldDef = { key: 'granted', label: '下达资金', aliases: [], type: 'number', unit: '万元', min: 0 };
const fields = new Map([[spent.key, spent], [granted.key, granted]]);

describe('figures in a validation question', () => {
  it('a share written as a tiny fraction is asked about in plain digits', () => {
    const checked = checkNumericValue(0.0000001, share);
    expect(checked.ok && checked.confirm).toBe('是0.0000001%，还是0.00001%？');
  });

  it('a bound below 0.000001 is said in plain digits', () => {
    const checked = checkNumericValue(0, { ...share, min: 0.0000005 });
    expect(!checked.ok && checked.reason).toContain('应不小于0.0000005%');
  });

  it('a cross-field rule names both figures in plain digits', () => {
    const found = qualityIssues([{ field: 'spent', period: '2026-11', value: 0.0000003 }], {
      field: (k) => fields.get(k), rules: [{ left: 'spent', op: '<=', right: 'granted' }], held: () => 0.0000002, previous: () => undefined,
    });
    expect(found.get(0)).toBe('已拨付资金（0.0000003万元）不应多于下达资金（0.0000002万元）');
  });
});
