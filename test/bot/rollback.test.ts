// A message whose handling fails is rolled back whole: nothing it wrote survives, not even in cached reads.
import { describe, expect, it } from 'vitest';
import { useHarness } from '../support/harness.js';

const bot = useHarness();

describe('a failure while handling a message', () => {
  it('leaves no new dictionary field behind, in the database or in memory, and marks the message failed', () => {
    const before = bot().store.fields.all().length;
    const say = bot().bot.outbound.say.bind(bot().bot.outbound);
    // The confirmation is said after the request registered its new item: fail right there.
    bot().bot.outbound.say = (to, message, options) => {
      if (message.text.startsWith('已登记')) throw new Error('simulated failure');
      return say(to, message, options);
    };
    const sent = bot().send('lead_mz', 'channel', '【区民政局】请各镇街11月30日前报送本月困难儿童心理辅导次数。');
    bot().bot.outbound.say = say;

    expect(bot().store.inbox.get(sent.seq!)!.status).toBe('failed');
    expect(bot().store.requests.all()).toEqual([]);
    expect(bot().store.fields.all().length).toBe(before);
    expect(bot().store.fields.all().some((f) => f.label.includes('心理辅导'))).toBe(false);
  });
});
