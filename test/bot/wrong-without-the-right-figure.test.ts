// WRONG_WITHOUT_THE_RIGHT_FIGURE: 撤回，上面的数据不对，我重新核一下 / 刚才的人数多报了10个 after figures were recorded — the
// reporter was told "no data found" (as if nothing had been said); they hear that the figures stand until corrected, and how.
import { describe, expect, it } from 'vitest';
import { useConversation } from './conversation.js';

const { bot, AT, dm, pool } = useConversation({ day: '2026-11-20', member: 'zt_jz' });

function reported(): void {
  bot().send('lead_mz', 'channel', '【区民政局】请各镇街于11月27日前报送本月低保户数、低保人数。', { at: AT('09:00') });
  dm('低保户数132，低保人数208', AT('09:10'));
}

describe('a figure said to be wrong, with none in its place', () => {
  it.each(['撤回，上面的数据不对，我重新核一下', '刚才的人数多报了10个'])('%s', (text) => {
    reported();
    const said = dm(text, AT('09:20'));
    expect(said).toContain('更正之前，已报的数仍按原数保留');
    expect(said).not.toContain('没有找到');
    expect(pool('dibao_persons')).toBe(208);
  });

  it('before any figure was given, it is no correction', () => {
    bot().send('lead_mz', 'channel', '【区民政局】请各镇街于11月27日前报送本月低保户数、低保人数。', { at: AT('09:00') });
    expect(dm('上面的数据不对', AT('09:20'))).not.toContain('更正之前');
  });
});
