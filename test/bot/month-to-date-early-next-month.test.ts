// 这个月 early in the month after the one asked is the month asked (a month barely begun is no month anyone asked
// figures of), but 这个月到今天 / 本月至今 counts the month under way up to the moment of writing: the calendar's month,
// which nobody asked (fresh16 联一村这个月到今天清了2.1吨 on 12-02 is December's, not November's).
import { describe, expect, it } from 'vitest';
import { useHarness } from '../support/harness.js';

const bot = useHarness();
const NOTICE = '【区民政局】请各镇街于12月5日前报送11月低保户数、低保人数。';

function dm(text: string, at: string): string {
  return bot().send('sll_jz', 'dm', text, { at }).out.find((m) => m.chat === 'dm:sll_jz')!.text;
}
const pool = (field: string, period: string) => bot().store.pool.get('shenglilu', field, period)?.value;

describe('这个月 in a reply sent early the next month', () => {
  it('counted up to today is the month under way, which nobody asked', () => {
    bot().send('lead_mz', 'channel', NOTICE, { at: '2026-11-30T09:00:00+08:00' });
    dm('这个月到今天低保户数是120户', '2026-12-02T10:00:00+08:00');
    expect(pool('dibao_households', '2026-11')).toBeUndefined();
    dm('本月至今低保人数208人', '2026-12-02T10:05:00+08:00');
    expect(pool('dibao_persons', '2026-11')).toBeUndefined();
  });

  it('said alone is still the month asked', () => {
    bot().send('lead_mz', 'channel', NOTICE, { at: '2026-11-30T09:00:00+08:00' });
    dm('这个月低保户数是120户', '2026-12-02T10:00:00+08:00');
    expect(pool('dibao_households', '2026-11')).toBe(120);
  });
});
