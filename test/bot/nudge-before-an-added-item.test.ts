// NUDGE_BEFORE_AN_ADDED_ITEM: …还没报的抓紧。另外再加一项：… registers the added item (ADDED_ASK) and answers the nudge before
// it too: the lead hears which open ask it urges and who still owes. Before, only the added item was confirmed.
import { describe, expect, it } from 'vitest';
import { DIBAO_REQUEST } from '../support/harness.js';
import { useConversation } from './conversation.js';

const { bot, AT } = useConversation({ day: '2026-11-23', member: 'sll_jz' });

const channel = (sent: { out: Array<{ chat: string; text: string }> }): string =>
  sent.out.filter((m) => m.chat === 'channel').map((m) => m.text).join('\n');

describe('a nudge that goes on to add an item', () => {
  it('the added item is registered and the nudge is answered with the open ask and who owes', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: AT('09:00') });
    const said = channel(bot().send('lead_mz', 'channel', '低保户数还有几个镇街没报，请抓紧。另外，这周再加一项：孤儿人数，一并报来，周五前', { at: AT('10:00') }));
    expect(bot().store.requests.count()).toBe(2);
    expect(said).toMatch(/前面的催报：这是 r1（.*）的催报/);
    expect(said).toContain('仍未报齐：');
  });

  it('with nothing owed the nudge is still answered', () => {
    const said = channel(bot().send('lead_mz', 'channel', '低保户数还有几个镇街没报，请抓紧。另外，这周再加一项：孤儿人数，一并报来，周五前', { at: AT('10:00') }));
    expect(bot().store.requests.count()).toBe(1);
    expect(said).toContain('前面的催报：没有找到');
  });
});
