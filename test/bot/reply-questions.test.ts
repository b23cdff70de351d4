// Figures the bot holds back and asks about (issue 14 items 3, 4 and 6): an unlikely figure or one failing a
// data-quality rule waits for 是的 / 更正; a figure that could mean two items is asked about and the next reply
// settles it; a figure for an item nobody asked is acknowledged, never filed under a look-alike.
import { describe, expect, it } from 'vitest';
import { DIBAO_REQUEST, useHarness } from '../support/harness.js';

const bot = useHarness();
const AT = (day: number, time: string): string => `2026-11-${day}T${time}:00+08:00`;

function dm(text: string, at: string): string {
  return bot().send('sll_jz', 'dm', text, { at }).out.find((m) => m.chat === 'dm:sll_jz')!.text;
}
const pool = (field: string, period = '2026-11') => bot().store.pool.get('shenglilu', field, period)?.value;

describe('an unlikely figure waits for the reporter', () => {
  it('99,999,999 people in one street is held; 是的 files it', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: AT(23, '09:00') });
    const asked = dm('低保户数120户，低保人数99999999人', AT(24, '10:00'));
    expect(pool('dibao_households')).toBe(120);
    expect(pool('dibao_persons')).toBeUndefined();
    expect(asked).toMatch(/请确认后才入库[\s\S]*低保人数（2026年11月）：99999999人——.*大很多[\s\S]*“是的”/);
    const confirmed = dm('是的', AT(24, '10:05'));
    expect(pool('dibao_persons')).toBe(99_999_999);
    expect(confirmed).toContain('低保人数（2026年11月）：99999999人');
  });

  it('a corrected figure replaces the held one, and a later 是的 confirms nothing more', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: AT(23, '09:00') });
    dm('低保人数99999999人', AT(24, '10:00'));
    dm('更正：低保人数199人', AT(24, '10:05'));
    expect(pool('dibao_persons')).toBe(199);
    dm('是的', AT(24, '10:06'));
    expect(pool('dibao_persons')).toBe(199);
    expect(bot().store.held.count()).toBe(0);
  });

  it('不对 drops the held figure and asks for the right one', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: AT(23, '09:00') });
    dm('低保人数99999999人', AT(24, '10:00'));
    expect(dm('不对', AT(24, '10:02'))).toMatch(/没有记录[\s\S]*低保人数/);
    expect(pool('dibao_persons')).toBeUndefined();
    expect(bot().store.held.count()).toBe(0);
  });
});

describe('data-quality checks', () => {
  it('低保人数 fewer than 低保户数 is held with the rule in plain words', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: AT(23, '09:00') });
    const text = dm('低保户数120户，低保人数100人', AT(24, '10:00'));
    expect(text).toContain('低保人数（100人）不应少于低保户数（120户）');
    expect(pool('dibao_households')).toBeUndefined();
    expect(pool('dibao_persons')).toBeUndefined();
    dm('是的', AT(24, '10:05'));
    expect([pool('dibao_households'), pool('dibao_persons')]).toEqual([120, 100]);
  });

  it('checks against what the pool already holds', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: AT(23, '09:00') });
    dm('低保户数120户', AT(24, '10:00'));
    expect(dm('低保人数100人', AT(24, '11:00'))).toContain('不应少于低保户数（120户）');
    expect(pool('dibao_persons')).toBeUndefined();
  });

  it('a jump against the unit\'s previous month beyond the field\'s tolerance', () => {
    bot().send('lead_mz', 'channel', '【区民政局】请各镇街于11月5日前报送上月低保户数。', { at: '2026-11-02T09:00:00+08:00' });
    dm('低保户数120户', '2026-11-03T10:00:00+08:00');
    expect(pool('dibao_households', '2026-10')).toBe(120);
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: AT(23, '09:00') });
    expect(dm('低保户数480户', AT(24, '10:00'))).toMatch(/是上次（2026年10月）120户的4倍/);
    expect(pool('dibao_households')).toBeUndefined();
    expect(dm('低保户数121户', AT(24, '10:10'))).not.toContain('请确认');
    expect(pool('dibao_households')).toBe(121);
  });
});

describe('a figure that could mean two items is asked about', () => {
  it('120 alone: 是低保户数还是低保人数？ and 户数 settles it', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: AT(23, '09:00') });
    expect(dm('120', AT(24, '10:00'))).toContain('“120”是低保户数还是低保人数？');
    expect(pool('dibao_households')).toBeUndefined();
    const settled = dm('户数', AT(24, '10:03'));
    expect(pool('dibao_households')).toBe(120);
    expect(pool('dibao_persons')).toBeUndefined();
    expect(settled).toContain('低保户数（2026年11月）：120户');
  });

  it('是户数，人数是208: the first clause settles it and the rest is read as a reply', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: AT(23, '09:00') });
    dm('120', AT(24, '10:00'));
    const settled = dm('是户数，人数是208', AT(24, '10:03'));
    expect([pool('dibao_households'), pool('dibao_persons')]).toEqual([120, 208]);
    expect(settled).toContain('低保户数（2026年11月）：120户');
    expect(settled).toContain('低保人数（2026年11月）：208人');
    expect(bot().store.held.openOf('sll_jz')).toEqual([]);
  });

  it('a reply naming neither leaves the question open and is read as usual', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: AT(23, '09:00') });
    dm('120', AT(24, '10:00'));
    dm('低保人数208人', AT(24, '10:03'));
    expect(pool('dibao_persons')).toBe(208);
    expect(bot().store.held.openOf('sll_jz')).toHaveLength(1);
  });
});

describe('a figure for an item nobody asked', () => {
  it('is acknowledged as such and not filed under a look-alike', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: AT(23, '09:00') });
    const text = dm('低保人数208人，特困人数5人', AT(24, '10:00'));
    expect(pool('dibao_persons')).toBe(208);
    expect(bot().store.pool.all().filter((v) => v.unit === 'shenglilu')).toHaveLength(1);
    expect(text).toMatch(/不在要你报的项目里，没有记录：\n· 特困供养人数“5人”/);
  });
});

describe('a reply for a period the ask misread', () => {
  it('本月… while the ask says next month is filed under the month said, and a later correction finds it', () => {
    // An ask for a period that has not begun (a misread notice): the clerk's stated month is the one the figure is for.
    bot().send('lead_mz', 'channel', '【区民政局】请各镇街于12月5日前报送2026年12月低保人数。', { at: AT(23, '09:00') });
    expect(bot().store.asks.all().some((a) => a.unit === 'shenglilu' && a.period === '2026-12')).toBe(true);
    dm('本月低保人数43人', AT(27, '10:30'));
    expect(pool('dibao_persons', '2026-11')).toBe(43);
    dm('低保户数24户。低保人数前几天报的43人有误，应为44人', '2026-12-01T15:10:00+08:00');
    expect(pool('dibao_persons', '2026-11')).toBe(44);
    expect(pool('dibao_persons', '2026-12')).toBeUndefined();
  });
});

describe('what a 是的 refers to', () => {
  it('a question back older than a week is not confirmed by a later 是的', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: AT(23, '09:00') });
    dm('低保人数99999999人', AT(23, '10:00'));
    dm('是的', '2026-12-01T10:00:00+08:00');
    expect(pool('dibao_persons')).toBeUndefined();
  });
});

describe('settling a question back', () => {
  it('the figure may be said again with the item it is for', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: AT(23, '09:00') });
    dm('120', AT(24, '10:00'));
    dm('120是户数', AT(24, '10:02'));
    expect(pool('dibao_households')).toBe(120);
    expect(bot().store.held.openOf('sll_jz')).toEqual([]);
  });
});
