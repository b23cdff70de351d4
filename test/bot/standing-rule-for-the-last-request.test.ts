// STANDING_RULE_FOR_THE_LAST_REQUEST: a lead's 以后每月…报 after a request went unanswered. A rule a ledger can keep is offered
// as one (设为台账 then makes it); one it cannot keep (this month's figures inside the month) is said so; one with no day
// asks for it.
import { describe, expect, it } from 'vitest';
import { useConversation } from './conversation.js';

const { bot, AT } = useConversation({ day: '2026-11-23', member: 'zt_jz' });

const channel = (sent: { out: Array<{ chat: string; text: string }> }): string =>
  sent.out.filter((m) => m.chat === 'channel').map((m) => m.text).join('\n');

describe('a lead\'s rule for the rounds to come', () => {
  it('offers a ledger for the latest request when each round asks for the period just ended', () => {
    bot().send('lead_mz', 'channel', '【区民政局】请各镇街于12月5日前报送11月低保户数、低保人数。', { at: AT('09:00') });
    const sent = bot().send('lead_mz', 'channel', '以后每月5号前报上个月的', { at: AT('09:10') });
    expect(channel(sent)).toContain('要不要设为台账');
    bot().send('lead_mz', 'channel', '设为台账', { at: AT('09:20') });
    expect(bot().store.standingLedgers.all().filter((l) => l.status === 'active')).toHaveLength(1);
  });

  it('says a rule inside the period cannot be a ledger, and keeps the request', () => {
    bot().send('lead_mz', 'channel', '【区民政局】请各镇街于11月27日前报送本月低保户数、低保人数。', { at: AT('09:00') });
    const sent = bot().send('lead_mz', 'channel', '以后每月25日前都按这个报', { at: AT('09:10') });
    expect(channel(sent)).toContain('台账做不到');
    expect(bot().store.standingLedgers.all()).toHaveLength(0);
    expect(bot().store.requests.activeBy('lead_mz')).toHaveLength(1);
  });

  it('asks for the day when the rule names none', () => {
    bot().send('lead_mz', 'channel', '【区民政局】请各镇街于11月27日前报送本月低保户数、低保人数。', { at: AT('09:00') });
    expect(channel(bot().send('lead_mz', 'channel', '以后每个月都要报，大家提前准备', { at: AT('09:10') }))).toContain('请说明每期几号前报哪一期的数');
  });
});
