// ASKED_WHAT_IT_IS with DENIED_WITH_A_REASON: 在册132户，208人 dropped the 132 without a word (the clerk took it for
// reported); now the figure is held and the clerk asked whether it is 低保户数. 是的 stores it; 不是，那是走访的户数 (a denial
// with a reason) drops it and asks for the right figure, as 不是 alone does.
import { describe, expect, it } from 'vitest';
import { DIBAO_REQUEST } from '../support/harness.js';
import { useConversation } from './conversation.js';

const { bot, AT, dm, pool } = useConversation({ day: '2026-11-24', member: 'zt_jz' });

describe('a figure said with words that name no item', () => {
  it('is held, asked about, and stored on 是的', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: '2026-11-23T09:00:00+08:00' });
    expect(dm('好的，在册132户，208人', AT('10:00'))).toContain('“在册132户”是指低保户数吗？');
    expect(pool('dibao_households')).toBeUndefined();
    expect(pool('dibao_persons')).toBe(208);
    dm('是的', AT('10:02'));
    expect(pool('dibao_households')).toBe(132);
  });

  it('is dropped by a denial that says what it was', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: '2026-11-23T09:00:00+08:00' });
    dm('走访132户', AT('10:00'));
    expect(dm('不是，那是走访的户数', AT('10:02'))).toContain('以下数没有记录');
    dm('是的', AT('10:04'));
    expect(pool('dibao_households')).toBeUndefined();
  });
});
