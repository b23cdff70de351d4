// NEGATED_NAME for a question between items or periods: 不是低保户数 / 不是第一个 / 不是11月的 names the option only to deny
// it. It is never chosen: the figure stays held and nothing is filed (不是低保户数，是低保人数 names the other). Before,
// the item's name was read as the answer and the figure filed under the item denied.
import { describe, expect, it } from 'vitest';
import { DIBAO_REQUEST } from '../support/harness.js';
import { useConversation } from './conversation.js';

const { bot, AT, dm, pool } = useConversation({ day: '2026-11-23', member: 'sll_jz' });

describe('an item named after a negation', () => {
  it('不是低保户数 files nothing under 低保户数', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: AT('09:00') });
    expect(dm('低保120', AT('10:00'))).toMatch(/“120”是低保户数还是低保人数/);
    dm('不是低保户数', AT('10:05'));
    expect(pool('dibao_households')).toBeUndefined();
    expect(pool('dibao_persons')).toBeUndefined();
    expect(bot().store.held.openOf('sll_jz')).toHaveLength(1);
  });

  it('不是户数 and 不是第一个 neither', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: AT('09:00') });
    dm('低保120', AT('10:00'));
    dm('不是户数', AT('10:05'));
    dm('不是第一个', AT('10:06'));
    expect(pool('dibao_households')).toBeUndefined();
    expect(bot().store.held.openOf('sll_jz')).toHaveLength(1);
  });

  it('不是低保户数，是低保人数 names the other', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: AT('09:00') });
    dm('低保120', AT('10:00'));
    dm('不是低保户数，是低保人数', AT('10:05'));
    expect(pool('dibao_persons')).toBe(120);
    expect(pool('dibao_households')).toBeUndefined();
  });

  it('不是11月的 picks no period; 不是11月的，是10月的 picks October', () => {
    bot().send('lead_mz', 'channel', '【区民政局】请各镇街于11月27日前分别报送10月和11月的低保户数、低保人数。', { at: AT('09:00') });
    expect(dm('低保户数123户', AT('10:00'))).toMatch(/哪个时期/);
    dm('不是11月的', AT('10:05'));
    expect(pool('dibao_households', '2026-11')).toBeUndefined();
    expect(pool('dibao_households', '2026-10')).toBeUndefined();
    dm('不是11月的，是10月的', AT('10:10'));
    expect(pool('dibao_households', '2026-10')).toBe(123);
    expect(pool('dibao_households', '2026-11')).toBeUndefined();
  });
});
