// 城市建设统计2027年年报和2028年定期报表…投资月报于月后10日前报送: a notice asking for reports of several cadences lists
// their periods in the order it names the reports, so the first period is the first-named report's, not the first item's.
import { describe, expect, it } from 'vitest';
import { periodsByCadence } from '../../../src/domain/request/report-cadence.js';

describe('periods of several reports, in the order the notice names them', () => {
  it('a year named in the title comes before the month of a round the notice never writes out', () => {
    const periods = periodsByCadence(['month', 'year'], '2031-11', 'month', [{ period: '2031', kind: 'year', tier: 2, index: 12 }]);
    expect(periods).toEqual(['2031', '2031-11']);
  });

  it('periods written out keep the order they are written in', () => {
    const periods = periodsByCadence(['year', 'quarter'], '2031-Q4', 'quarter', [
      { period: '2031-Q4', kind: 'quarter', tier: 0, index: 40 },
      { period: '2031', kind: 'year', tier: 0, index: 60 },
    ]);
    expect(periods).toEqual(['2031-Q4', '2031']);
  });
});
