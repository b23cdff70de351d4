// A question back about a refused figure (低保人数126.5) does not take a bare number sent after the member was asked for
// another item since: that number is as likely the newer item's, so the normal reader decides (and asks if unsure).
import { describe, expect, it } from 'vitest';
import { DIBAO_REQUEST, useHarness } from '../support/harness.js';

const bot = useHarness();
const AT = (time: string): string => `2026-11-23T${time}:00+08:00`;
const pool = (field: string) => bot().store.pool.get('shenglilu', field, '2026-11')?.value;

describe('a bare number after a newer ask', () => {
  it('is not filed as the answer to the older question', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: AT('09:00') });
    bot().send('sll_jz', 'dm', '低保户数120户，低保人数126.5', { at: AT('10:00') });
    bot().send('lead_mz', 'channel', '【区民政局】请各镇街于11月27日前报送本月特困供养人数。', { at: AT('11:00') });
    bot().send('sll_jz', 'dm', '21', { at: AT('11:30') });
    expect(pool('dibao_persons')).toBeUndefined();
  });
});
