// 多打了个0，是7户: a digit spoken of as a key typed one too many (or too few) is no figure; the words say the
// reporter's latest figure was mistyped, so the figure after them corrects that one, in its period, even with both
// months held (fresh16 双竹村 6月已整改销号70户 → 多打了个0，是7户; 金盘村 24000毫升 → 多打了个0，是2400).
import { describe, expect, it } from 'vitest';
import { useHarness } from '../support/harness.js';

const bot = useHarness();
const AT = (time: string): string => `2026-11-24T${time}:00+08:00`;
const TWO_MONTHS = '【区民政局】请各镇街于11月27日前分别报送10月和11月的低保户数、低保人数。';

function dm(text: string, at: string): string {
  return bot().send('sll_jz', 'dm', text, { at }).out.find((m) => m.chat === 'dm:sll_jz')!.text;
}
const pool = (field: string, period: string) => bot().store.pool.get('shenglilu', field, period)?.value;

describe('a digit typed too many', () => {
  it('corrects the latest figure, in its period', () => {
    bot().send('lead_mz', 'channel', TWO_MONTHS, { at: AT('09:00') });
    dm('10月低保户数3户，11月低保户数5户', AT('10:00'));
    dm('11月低保户数70户', AT('10:05'));
    expect(pool('dibao_households', '2026-11')).toBe(70);
    dm('多打了个0，是7户', AT('10:10'));
    expect(pool('dibao_households', '2026-11')).toBe(7);
    expect(pool('dibao_households', '2026-10')).toBe(3);
  });
});
