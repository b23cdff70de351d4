// Never a guess: a short answer to the bot's question back that fits none of the figures it offered is not stored; the
// bot asks once more, naming them, and the question stays open for the answer that does fit.
import { describe, expect, it } from 'vitest';
import { DIBAO_REQUEST } from '../support/harness.js';
import { useConversation } from './conversation.js';

const { bot, AT, dm, pool } = useConversation({ day: '2026-11-23', member: 'sll_jz' });

describe('an answer that fits no figure the question offered', () => {
  it('is asked about once more, naming the figures, and a later fitting answer settles it', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: AT('09:00') });
    dm('低保户数120户', AT('10:00'));
    dm('低保人数是186还是196我再核一下', AT('11:00'));
    const again = dm('核了，是200', AT('14:00'));
    expect(again).toMatch(/“186”还是“196”/);
    expect(pool('dibao_persons')).toBeUndefined();
    dm('后者', AT('14:05'));
    expect(pool('dibao_persons')).toBe(196);
  });
});
