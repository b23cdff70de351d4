// An export and a prefilled form write a figure the way people write it, never in exponent form: a CSV cell, an
// estimate's 约 cell and a form's prefilled input read 0.0000001, not 1e-7 (writeDecimal, src/domain/numbers.ts).
import { describe, expect, it } from 'vitest';
import { cellOf, sheetCsv } from '../../src/bot/export.js';
import { prefillText } from '../../src/bot/prefill.js';
import type { PoolValue } from '../../src/store/pool.js';

describe('figures written out in exports and forms', () => {
  it('a CSV cell', () => {
    const csv = sheetCsv({ title: 't', columns: ['单位', '覆盖率（%）'], rows: [['石桥镇', 0.0000001]], legend: ['x'] });
    expect(csv.split('\r\n')).toContain('石桥镇,0.0000001');
  });

  it('an estimate\'s cell', () => {
    expect(cellOf(0.0000001, true)).toBe('约0.0000001');
  });

  it('a form\'s prefilled figure', () => {
    expect(prefillText({ value: 0.0000001 } as PoolValue)).toBe('0.0000001');
  });
});
