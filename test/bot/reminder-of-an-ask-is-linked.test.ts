// REMINDER_OF_AN_ASK: 请尚未报送的镇街于…前报送 / …未按时报送，请上述镇街补报 names no item: it urges the lead's latest ask in
// that department that units still owe. Nothing is registered; the lead hears which request it is and who still owes.
// Before, the chat reminder got no answer and the bulletin was held as a notice whose items the bot could not read.
import { describe, expect, it } from 'vitest';
import { DIBAO_REQUEST } from '../support/harness.js';
import { useConversation } from './conversation.js';

const { bot, AT } = useConversation({ day: '2026-11-23', member: 'sll_jz' });

const channel = (sent: { out: Array<{ chat: string; text: string }> }): string =>
  sent.out.filter((m) => m.chat === 'channel').map((m) => m.text).join('\n');

describe('a reminder that names no item', () => {
  it('a chat reminder is linked to the open ask and says who still owes', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: AT('09:00') });
    const said = channel(bot().send('lead_mz', 'channel', '请尚未报送的镇街于11月27日前报送。', { at: AT('10:00') }));
    expect(said).toMatch(/这是 r\d+（.*）的催报，不另登记/);
    expect(said).toContain('仍未报齐：');
    expect(bot().store.requests.count()).toBe(1);
  });

  it('a bulletin naming the late units and asking them to report again is linked too', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: AT('09:00') });
    const said = channel(bot().send('lead_mz', 'channel', '【区民政局】关于低保数据报送情况的通报\n各镇街：\n截至今日，胜利路街道未按时报送低保数据。请上述街道于11月27日前补报。', { at: AT('10:00') }));
    expect(said).toMatch(/的催报，不另登记/);
    expect(bot().store.requests.count()).toBe(1);
  });

  it('with no ask open in that department it is not linked', () => {
    const said = channel(bot().send('lead_mz', 'channel', '请尚未报送的镇街于11月27日前报送。', { at: AT('10:00') }));
    expect(said).not.toMatch(/催报/);
  });
});
