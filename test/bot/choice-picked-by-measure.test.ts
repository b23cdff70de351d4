// COUNTED_IN: “120”是低保户数还是低保人数？ answered by the measure an item is counted in, not by the item's name
// (按户算的那个 / 按人算 / 户: fresh9's clerk picks a rate 按户算的那个): the option whose field is counted in that
// measure, exactly; a measure no option is counted in settles nothing.
import { describe, expect, it } from 'vitest';
import { DIBAO_REQUEST } from '../support/harness.js';
import { useConversation } from './conversation.js';

const { bot, AT, dm, pool } = useConversation({ day: '2026-11-23', member: 'sll_jz' });

describe('a question between items answered by the measure it is counted in', () => {
  it('按户算的那个 files the figure under the item counted in 户', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: AT('09:00') });
    expect(dm('低保120', AT('10:00'))).toMatch(/“120”是低保户数还是低保人数/);
    expect(dm('按户算的那个', AT('10:05'))).toContain('低保户数（2026年11月）：120户');
    expect(pool('dibao_households')).toBe(120);
    expect(pool('dibao_persons')).toBeUndefined();
  });

  it('按人算的 files it under the item counted in 人; 按次算的 before it, a measure neither is counted in, settled nothing', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: AT('09:00') });
    dm('低保120', AT('10:00'));
    dm('按次算的', AT('10:03'));
    expect(bot().store.pool.all()).toEqual([]);
    dm('按人算的', AT('10:05'));
    expect(pool('dibao_persons')).toBe(120);
    expect(pool('dibao_households')).toBeUndefined();
  });

  it('a bare 户 settles it too', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: AT('09:00') });
    dm('低保120', AT('10:00'));
    dm('户', AT('10:05'));
    expect(pool('dibao_households')).toBe(120);
  });
});
