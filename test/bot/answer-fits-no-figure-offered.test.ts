// Never a guess: a short answer to the bot's question back that fits none of the figures it offered is not stored; the
// bot asks once more, naming them, and the question stays open for the answer that does fit.
import { describe, expect, it } from 'vitest';
import { DIBAO_REQUEST, useHarness } from '../support/harness.js';

const bot = useHarness();
const AT = (time: string): string => `2026-11-23T${time}:00+08:00`;

function dm(text: string, at: string): string {
  return bot().send('sll_jz', 'dm', text, { at }).out.find((m) => m.chat === 'dm:sll_jz')!.text;
}
const pool = (field: string) => bot().store.pool.get('shenglilu', field, '2026-11')?.value;

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
