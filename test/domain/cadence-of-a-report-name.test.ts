// The cadence a report's name says it has, shared by the dictionary and the request reader (src/domain/cadence.ts).
import { describe, expect, it } from 'vitest';
import { cadenceOf } from '../../src/domain/cadence.js';

describe('the cadence of a report name', () => {
  it('reads each cadence word, the half year before the year', () => {
    expect(cadenceOf('城乡建设统计半年报')).toBe('half');
    expect(cadenceOf('农经统计年报')).toBe('year');
    expect(cadenceOf('旅行社季度报表')).toBe('quarter');
    expect(cadenceOf('固定资产投资月报')).toBe('month');
  });

  it('a name with no cadence word has none', () => {
    expect(cadenceOf('村庄建设统计调查表')).toBeNull();
  });
});
