import { describe, expect, it } from 'vitest';
import { writeDecimal } from '../../src/domain/numbers.js';
import { formatValue } from '../../src/bot/render.js';
import type { FieldDef } from '../../src/domain/types.js';

const share: FieldDef = { key: 'coverage_rate', label: '覆盖率', aliases: [], type: 'number', unit: '%' };

describe('a number is said the way people write it, never in exponent form', () => {
  it('small values keep their zeros', () => {
    expect(writeDecimal(0.0000001)).toBe('0.0000001');
    expect(writeDecimal(0.00000015)).toBe('0.00000015');
    expect(writeDecimal(-0.000002)).toBe('-0.000002');
  });

  it('large values keep their digits', () => {
    expect(writeDecimal(1e21)).toBe('1000000000000000000000');
    expect(writeDecimal(1.5e22)).toBe('15000000000000000000000');
  });

  it('ordinary values are unchanged', () => {
    for (const n of [0, 7, 120, 3.5, 0.12, 9007199254740991]) expect(writeDecimal(n)).toBe(String(n));
  });

  it('the bot confirms 0.0000001% as written, not 1e-7%', () => {
    expect(formatValue(0.0000001, share)).toBe('0.0000001%');
  });
});
