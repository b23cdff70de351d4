import { describe, expect, it } from 'vitest';
import { burdenLines, dmsPerPersonDay, minutesSaved, type BurdenFigures } from '../../src/domain/burden.js';

const row = (sent: number, pool: number, merge: number, confirmed = 0) => ({ sent, avoided: { pool, merge, ledger: 0 }, confirmed });
const figures: BurdenFigures = {
  window: ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27'],
  minutesPerAsk: 15,
  departments: [
    { id: 'minzheng', name: '民政局', ...row(12, 0, 0) },
    { id: 'canlian', name: '残联', ...row(0, 0, 0) },
    { id: 'yibao', name: '医保局', ...row(6, 2, 6, 3) },
  ],
  members: [
    { id: 'a', name: '甲', unit: '朱沱镇', ...row(9, 1, 3), dmsPerDay: [1, 2, 0, 0, 1] },
    { id: 'b', name: '乙', unit: '松溉镇', ...row(9, 1, 3), dmsPerDay: [1, 1, 0, 0, 0] },
    { id: 'c', name: '丙', unit: '来苏镇', ...row(0, 0, 0), dmsPerDay: [0, 0, 0, 0, 0] },
  ],
};

describe('burden figures', () => {
  it('give minutes saved at the configured minutes per avoided ask', () => {
    expect(minutesSaved(figures.departments[2]!, 15)).toBe(120);
  });

  it('average DMs per person per working day over those who were asked, and the most on any day', () => {
    expect(dmsPerPersonDay(figures)).toEqual({ average: 0.6, most: 2, people: 2 });
  });

  it('list departments in roster order, skipping those that asked nothing, with no ranking', () => {
    expect(burdenLines(figures)).toEqual([
      '民政局：问 12 项',
      '医保局：问 6 项，免问 8 项（数据池 2、合并 6），约省 2 小时，沿用上期 3 项',
      '近 5 个工作日，每人每个工作日收到报数私信平均 0.6 条，单日最多 2 条',
    ]);
  });
});
