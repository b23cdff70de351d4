// SCALE_PICKED: 临时救助金额2.4 is held and asked 是2.4元，还是2.4万元？; the answer 万元 (or 是万的, 元) was "no data found" and
// the figure stayed held. The unit alone picks the reading.
import { describe, expect, it } from 'vitest';
import { useConversation } from './conversation.js';

const { bot, AT, dm, pool } = useConversation({ day: '2026-11-23', member: 'csz_jz' });

describe('the unit alone answers 是…元，还是…万元？', () => {
  function asked(): void {
    bot().send('lead_mz', 'channel', '请各镇街于11月26日前报送本月临时救助金额。', { at: AT('09:00') });
    expect(dm('临时救助金额2.4', AT('10:00'))).toContain('是2.4元，还是2.4万元？');
  }

  it.each(['万元', '是万元', '万的'])('%s stores 24000', (answer) => {
    asked();
    expect(dm(answer, AT('10:05'))).toContain('临时救助金额（2026年11月）：24000元');
    expect(pool('temp_aid_amount')).toBe(24000);
  });

  it('元 stores 2.4 as it was', () => {
    asked();
    dm('是元', AT('10:05'));
    expect(pool('temp_aid_amount')).toBe(2.4);
  });

  it('a unit with no such question open stores nothing', () => {
    bot().send('lead_mz', 'channel', '请各镇街于11月26日前报送本月临时救助金额。', { at: AT('09:00') });
    dm('万元', AT('10:05'));
    expect(pool('temp_aid_amount')).toBeUndefined();
  });
});
