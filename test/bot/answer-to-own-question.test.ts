// The bot keeps the question it asked back: the reporter's short answer (the figure itself, 第二个, a bare number for
// the item asked about) binds to that question only, not to every item the unit was asked. Exchanges from the reply
// corpus: fresh9 板辽 (是0.6万还是0.65万我再核一下 … 核了，是0.65万), fresh 万胜坝 (四十一还是四十二), dev 春晖 (126.5人).
import { describe, expect, it } from 'vitest';
import { DIBAO_REQUEST } from '../support/harness.js';
import { useConversation } from './conversation.js';

const { bot, AT, dm, pool } = useConversation({ day: '2026-11-23', member: 'sll_jz' });

describe('a short answer to the bot\'s own question', () => {
  it('the figure itself picks one of the two figures offered, even with every item answered', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: AT('09:00') });
    dm('低保户数120户，低保人数186人', AT('10:00'));
    expect(dm('低保人数是186还是196我再核一下', AT('11:00'))).toMatch(/还是/);
    dm('核了，是196', AT('14:00'));
    expect(pool('dibao_persons')).toBe(196);
    expect(pool('dibao_households')).toBe(120);
  });

  it('第二个 picks the second figure offered', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: AT('09:00') });
    dm('低保户数120户', AT('10:00'));
    expect(dm('低保人数是186还是196我再核一下', AT('11:00'))).toMatch(/还是/);
    dm('第二个', AT('14:00'));
    expect(pool('dibao_persons')).toBe(196);
  });

  it('a bare number answers the item whose figure was refused, though another item is open too', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: AT('09:00') });
    expect(dm('低保人数126.5', AT('10:00'))).toMatch(/整数/);
    dm('126', AT('10:05'));
    expect(pool('dibao_persons')).toBe(126);
    expect(pool('dibao_households')).toBeUndefined();
  });
});
