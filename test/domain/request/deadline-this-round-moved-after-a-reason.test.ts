// THIS_ROUND_MOVED: 按月报制度，每月10日前报上月低保户数；因系统升级，本次报送10月数据时间延至11月26日 (posted 2026-11-20) was read as
// the rule's next round (2026-11, due 12月10日): the clause after the reason (因…) was taken for the purpose. It moves this
// round's hand-in, and names this round's month.
import { describe, expect, it } from 'vitest';
import { localDue, parseWithDictionary } from './helpers.js';

describe('this round moved to a day, after a reason', () => {
  it('is the due day and the month of this round', () => {
    const r = parseWithDictionary('各镇街：按月报制度，每月10日前报上月低保户数；因系统升级，本次报送10月数据时间延至11月26日。', 'lead_mz', '2026-11-20T09:00:00+08:00');
    expect(r?.fields).toEqual(['dibao_households']);
    expect(r?.period).toBe('2026-10');
    expect(localDue(r)).toBe('2026-11-26T23:59');
  });
});
