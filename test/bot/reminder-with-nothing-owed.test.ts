// REMINDER_WITH_NOTHING_OWED: a lead's reminder that no open ask is owed figures for (请抓紧报送…，截至目前仍有3个镇街未报,
// with nothing open in the department) is answered: nothing is registered and the lead hears that no request is open.
// Before, it went unanswered.
import { describe, expect, it } from 'vitest';
import { useConversation } from './conversation.js';

const { bot, AT } = useConversation({ day: '2026-11-23', member: 'sll_jz' });

const channel = (sent: { out: Array<{ chat: string; text: string }> }): string =>
  sent.out.filter((m) => m.chat === 'channel').map((m) => m.text).join('\n');

describe('a reminder with no open ask owed', () => {
  it('is answered: no request is open, nothing is registered', () => {
    const said = channel(bot().send('lead_mz', 'channel', '各镇街：请抓紧报送11月份临时救助人次和金额，截至目前仍有3个镇街未报。', { at: AT('10:00') }));
    expect(said).toContain('没有找到民政局进行中的报数需求');
    expect(bot().store.requests.count()).toBe(0);
  });
});
