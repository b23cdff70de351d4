// REMINDER_OF_ANY_SENDER / REMINDER_NAMES_UNITS: @朱沱镇 @来苏镇…还没报 urges an open ask of the department whoever posted it
// (the admin who forwarded the notice, a lead urging it, or the admin urging a lead's ask), and the units it names are the
// ones listed as still owing. Before, only the sender's own asks were looked at, and such a reminder got no answer at all.
import { describe, expect, it } from 'vitest';
import { DIBAO_REQUEST } from '../support/harness.js';
import { useConversation } from './conversation.js';

const { bot, AT } = useConversation({ day: '2026-11-23', member: 'sll_jz' });

const channel = (sent: { out: Array<{ chat: string; text: string }> }): string =>
  sent.out.filter((m) => m.chat === 'channel').map((m) => m.text).join('\n');

describe('a reminder from someone other than the poster', () => {
  it("the admin urges a lead's ask; the units named are the ones listed", () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: AT('09:00') });
    const said = channel(bot().send('admin', 'channel', '@朱沱镇 @来苏镇…还没报', { at: AT('15:00') }));
    expect(said).toMatch(/这是 r\d+（.*）的催报，不另登记/);
    expect(said).toMatch(/仍未报齐：朱沱镇、来苏镇。/);
    expect(bot().store.requests.count()).toBe(1);
  });

  it('a lead urges the ask the admin forwarded for the department', () => {
    bot().send('admin', 'channel', '转区民政局通知：请各镇街于11月26日前报送本月低保户数、低保人数。', { at: AT('09:00') });
    expect(bot().store.requests.count()).toBe(1);
    const said = channel(bot().send('lead_mz', 'channel', '@朱沱镇 @来苏镇…还没报', { at: AT('15:00') }));
    expect(said).toMatch(/的催报，不另登记/);
    expect(bot().store.requests.count()).toBe(1);
  });
});
