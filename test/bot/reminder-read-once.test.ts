// A lead's reminder (REMINDER_OF_AN_ASK) is read once and looks up no ask per missing item: the reminder is answered with
// the units still owing, which are the units of the collection's missing items, so who was asked for each item is not
// read (before, one statement an item: a reminder of a notice to 200 units cost as much as the notice; docs/performance.md,
// phase 32). The answer stays what it was: which request, and the owing units, those the reminder names when it names some.
import { describe, expect, it } from 'vitest';
import { DIBAO_REQUEST } from '../support/harness.js';
import { useConversation } from './conversation.js';

const { bot, AT } = useConversation({ day: '2026-11-23', member: 'sll_jz' });

const channel = (sent: { out: Array<{ chat: string; text: string }> }): string =>
  sent.out.filter((m) => m.chat === 'channel').map((m) => m.text).join('\n');

/** Counts the store's keyed ask lookups (AsksRepo.live) while `fn` runs. */
function liveLookups(fn: () => void): number {
  const asks = bot().store.asks;
  const live = asks.live.bind(asks);
  let calls = 0;
  asks.live = (unit, field, period) => {
    calls++;
    return live(unit, field, period);
  };
  try {
    fn();
  } finally {
    asks.live = live;
  }
  return calls;
}

describe('a reminder of an open ask', () => {
  it('lists the owing units without looking up the ask of each missing item', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: AT('09:00') });
    let said = '';
    const lookups = liveLookups(() => {
      said = channel(bot().send('lead_mz', 'channel', '请尚未报送的镇街于11月27日前报送。', { at: AT('10:00') }));
    });
    expect(said).toMatch(/这是 r\d+（.*）的催报，不另登记/);
    expect(said).toMatch(/仍未报齐：.+、.+。/);
    expect(lookups).toBe(0);
  });

  it('names only the owing units the reminder names, and none that reported', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: AT('09:00') });
    let said = '';
    const lookups = liveLookups(() => {
      said = channel(bot().send('admin', 'channel', '@朱沱镇 @来苏镇…还没报', { at: AT('15:00') }));
    });
    expect(said).toMatch(/仍未报齐：朱沱镇、来苏镇。/);
    expect(lookups).toBe(0);
  });
});
