// A message whose handling fails is rolled back whole: nothing it wrote survives, not even in cached reads.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Harness, tempDir } from './harness.js';

let tmp: ReturnType<typeof tempDir>;
let h: Harness;
beforeEach(() => {
  tmp = tempDir();
  h = new Harness(join(tmp.dir, 'bot.db'));
});
afterEach(() => {
  h.close();
  tmp.remove();
});

describe('a failure while handling a message', () => {
  it('leaves no new dictionary field behind, in the database or in memory, and marks the message failed', () => {
    const before = h.store.fields.all().length;
    const say = h.bot.outbound.say.bind(h.bot.outbound);
    // The confirmation is said after the request registered its new item: fail right there.
    h.bot.outbound.say = (to, message, options) => {
      if (message.text.startsWith('已登记')) throw new Error('simulated failure');
      return say(to, message, options);
    };
    const sent = h.send('lead_mz', 'channel', '【区民政局】请各镇街11月30日前报送本月困难儿童心理辅导次数。');
    h.bot.outbound.say = say;

    expect(h.store.inbox.get(sent.seq!)!.status).toBe('failed');
    expect(h.store.requests.all()).toEqual([]);
    expect(h.store.fields.all().length).toBe(before);
    expect(h.store.fields.all().some((f) => f.label.includes('心理辅导'))).toBe(false);
  });
});
