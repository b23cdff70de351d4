// A recurring notice gets the offer to become a ledger; one reply (设为台账) makes it one, whose first round is the
// period running now. A notice a ledger already keeps gets no offer.
import { describe, expect, it } from 'vitest';
import { useHarness } from '../support/harness.js';

const RECURRING = '【区民政局】请各镇街每月5日前报送上月低保户数、特困供养人数。';
const bot = useHarness({ start: '2026-12-01T10:00:00+08:00', settings: { holidays: ['2027-01-01'] } });

describe('the offer to make a recurring notice a ledger', () => {
  it('is made after the confirmation, and 设为台账 accepts it', () => {
    const { out } = bot().send('lead_mz', 'channel', RECURRING);
    const offer = out.find((m) => m.text.includes('要不要设为台账'))!;
    expect(offer.text).toContain('要不要设为台账“民政局月报（低保户数、特困供养人数）”？');
    expect(offer.text).toContain('期末后5天内报齐');
    // The offer is the lead's own: another lead has none to accept.
    expect(bot().send('lead_cl', 'channel', '设为台账').out.at(-1)!.text).toContain('没有待确认的台账建议');
    // A staff member's 设为台账 is no acceptance (it is read like any staff message).
    bot().send('zt_jz', 'dm', '设为台账');
    expect(bot().store.standingLedgers.all()).toEqual([]);
    const reply = bot().send('lead_mz', 'channel', '设为台账', { at: '2026-12-01T10:05:00+08:00' }).out.at(-1)!.text;
    expect(reply).toContain('已设为台账“民政局月报（低保户数、特困供养人数）”：每月自动发起，下一期于1月4日 09:00发起');
    const [ledger] = bot().store.standingLedgers.all();
    expect(ledger).toMatchObject({ department: 'minzheng', cadence: 'monthly', due: 5, fields: ['dibao_households', 'tekun_persons'], source: 'lead_mz' });
    expect(bot().send('lead_mz', 'channel', '设为台账').out.at(-1)!.text).toContain('没有待确认的台账建议');
  });

  it('is not made when a ledger already keeps those fields, nor for a one-off notice', () => {
    bot().send('lead_mz', 'channel', RECURRING);
    bot().send('lead_mz', 'channel', '设为台账');
    const again = bot().send('lead_mz', 'channel', '【区民政局】请各镇街每月5日前报送上月低保户数。', { at: '2026-12-01T11:00:00+08:00' }).out;
    expect(again.some((m) => m.text.includes('要不要设为台账'))).toBe(false);
    const once = bot().send('lead_cl', 'channel', '【区残联】请各镇街于12月4日前报送上月低保户数。', { at: '2026-12-01T11:30:00+08:00' }).out;
    expect(once.some((m) => m.text.includes('要不要设为台账'))).toBe(false);
  });
});

describe('under admission review', () => {
  const bot = useHarness({ start: '2026-12-01T10:00:00+08:00', settings: { admission: 'review' } });
  it('a lead\'s ledger waits, paused, for an admin', () => {
    bot().send('lead_mz', 'channel', RECURRING);
    const out = bot().send('lead_mz', 'channel', '设为台账').out;
    expect(out.find((m) => m.chat === 'channel')!.text).toContain('需管理员批准后才会自动发起');
    expect(out.find((m) => m.chat === 'dm:admin')!.text).toContain('【待准入】周志刚申请设台账“民政局月报（低保户数、特困供养人数）”');
    expect(bot().store.standingLedgers.all()[0]?.status).toBe('paused');
  });
});
