// 查询's 合计 adds the figures without float noise and writes the sum the way people write it: 0.0000003, neither 0
// (rounded to two decimals) nor 3e-7 nor 2.9999999999999997e-7 (roundFloat, writeDecimal: src/domain/numbers.ts).
import { describe, expect, it } from 'vitest';
import { useHarness } from '../support/harness.js';

const bot = useHarness();
const AT = new Date('2026-11-23T10:00:00+08:00');

describe('the total of a query', () => {
  it('is said in plain digits, to the figures\' own precision', () => {
    const pool = bot().store.pool;
    pool.put({ unit: 'zhutuo', field: 'dibao_amount', period: '2026-11', value: 0.0000001, memberId: 'zt_jz', messageId: null, at: AT });
    pool.put({ unit: 'songji', field: 'dibao_amount', period: '2026-11', value: 0.0000002, memberId: 'sg_jz', messageId: null, at: AT });
    const out = bot().send('lead_mz', 'dm', '查询 11月 低保金发放金额', { at: '2026-11-24T09:00:00+08:00' }).out.map((m) => m.text).join('\n');
    expect(out).toContain('合计：0.0000003元');
  });
});
