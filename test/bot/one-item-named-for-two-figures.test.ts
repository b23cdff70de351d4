// ONE_ITEM_FOR_TWO_FIGURES: 126 208 while 低保户数 and 低保人数 both wait asks about each figure; the answer 户数 names one
// item for the two of them, so it settles neither: 208 is never filed as 低保户数 with 126 dropped unseen. The questions stay
// open and the bot asks again.
import { describe, expect, it } from 'vitest';
import { DIBAO_REQUEST } from '../support/harness.js';
import { useConversation } from './conversation.js';

const { bot, AT, dm } = useConversation({ day: '2026-11-24', member: 'zt_jz' });

describe('one item named for two figures held', () => {
  it('settles neither', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: '2026-11-23T09:00:00+08:00' });
    const asked = dm('126 208', AT('10:00'));
    expect(asked).toContain('“126”是低保户数还是低保人数？');
    expect(asked).toContain('“208”是低保户数还是低保人数？');
    const out = dm('户数', AT('10:05'));
    expect(out).not.toContain('已记录');
    expect(bot().store.pool.get('zhutuo', 'dibao_households', '2026-11')).toBeUndefined();
    expect(bot().store.held.openOf('zt_jz')).toHaveLength(2);
  });
});
