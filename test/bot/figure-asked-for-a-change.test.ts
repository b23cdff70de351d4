// A change said with nothing to measure it against (比上月多了3人, no figure for last month) makes the bot ask for the
// figure itself; the bare number that follows answers that item, though another item is open too.
import { describe, expect, it } from 'vitest';
import { DIBAO_REQUEST } from '../support/harness.js';
import { useConversation } from './conversation.js';

const { bot, AT, dm, pool } = useConversation({ day: '2026-11-23', member: 'sll_jz' });

describe('the figure asked for after a change with no base', () => {
  it('is the bare number the reporter sends next', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: AT('09:00') });
    expect(dm('低保人数比上月多了3人', AT('10:00'))).toMatch(/请直接回复变化后的数字/);
    dm('186', AT('10:05'));
    expect(pool('dibao_persons')).toBe(186);
    expect(pool('dibao_households')).toBeUndefined();
  });
});
