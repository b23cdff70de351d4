// LABELS_THEN_FIGURES, when the halves cannot be put together safely: figures that do not match the names sent just
// before in number, or that could also answer a question the bot asked back, are not stored; one short question asks
// for the items and figures together.
import { describe, expect, it } from 'vitest';
import { DIBAO_REQUEST } from '../support/harness.js';
import { useConversation } from './conversation.js';

const { bot, AT, dm } = useConversation({ day: '2026-11-24', member: 'zt_jz' });

describe('names in one message, figures in the next that do not fit them', () => {
  it('one figure for two names: asked, nothing stored', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: '2026-11-23T09:00:00+08:00' });
    dm('低保户数 低保人数', AT('10:00'));
    const out = dm('126', AT('10:01'));
    expect(out).toContain('“126”没有记录：上一条写了2项（低保户数、低保人数），这条是1个数，对不上');
    expect(bot().store.pool.get('zhutuo', 'dibao_households', '2026-11')).toBeUndefined();
    expect(bot().store.held.openOf('zt_jz')).toHaveLength(0);
  });

  it('while a question back waits: asked which, nothing stored', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: '2026-11-23T09:00:00+08:00' });
    dm('低保户数213.5户', AT('10:00'));
    dm('低保户数 低保人数', AT('10:05'));
    const out = dm('126 208', AT('10:06'));
    expect(out).toContain('是上一条低保户数、低保人数的数，还是回答我问你的问题？');
    expect(bot().store.pool.get('zhutuo', 'dibao_households', '2026-11')).toBeUndefined();
    expect(bot().store.pool.get('zhutuo', 'dibao_persons', '2026-11')).toBeUndefined();
  });
});
