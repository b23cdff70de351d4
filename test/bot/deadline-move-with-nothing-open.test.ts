// DUE_MOVE_WITH_NOTHING_OPEN: 原定周五报送的低保户数调整为下周二 when the lead has no open request for those items was taken as a new
// request (due next Tuesday), made up from a message that only moves a day. The lead is now told that no open request was found and
// nothing changed; with an open request for the items, its deadline moves as before (REPOST_MOVES_THE_DEADLINE).
import { describe, expect, it } from 'vitest';
import { useHarness } from '../support/harness.js';

const bot = useHarness();
const AT = { at: '2026-11-25T09:00:00+08:00' }; // a Wednesday

const replyTo = (sent: ReturnType<ReturnType<typeof bot>['send']>) => sent.out.find((m) => m.replyTo === sent.lineId)?.text ?? '';

describe('a message that only moves a due day', () => {
  it('with nothing open: told plainly, no request made', () => {
    const sent = bot().send('lead_mz', 'channel', '原定周五报送的低保户数调整为下周二。', AT);
    expect(bot().store.requests.all()).toHaveLength(0);
    expect(replyTo(sent)).toContain('没有找到');
  });

  it('with an open request for other items: that one is left alone', () => {
    bot().send('lead_mz', 'channel', '民政：请各镇街11月27日前报送本月临时救助人次', { at: '2026-11-23T09:00:00+08:00' });
    const sent = bot().send('lead_mz', 'channel', '各镇街：原定本周五前报送的低保户数、低保人数，报送时间调整为下周二。', AT);
    const all = bot().store.requests.all();
    expect(all).toHaveLength(1);
    expect(all[0]!.deadline!.toISOString()).toBe(new Date('2026-11-27T23:59:59+08:00').toISOString());
    expect(replyTo(sent)).toContain('没有找到');
  });

  it('with the open request for the items: its deadline moves to the new day', () => {
    bot().send('lead_mz', 'channel', '民政：请各镇街本周五前报送本月低保户数', { at: '2026-11-23T09:00:00+08:00' });
    bot().send('lead_mz', 'channel', '原定周五报送的低保户数调整为下周二。', AT);
    const all = bot().store.requests.all();
    expect(all).toHaveLength(1);
    expect(all[0]!.deadline!.toISOString()).toBe(new Date('2026-12-01T23:59:59+08:00').toISOString());
  });
});
