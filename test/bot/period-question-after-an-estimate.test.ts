// A bare figure while the item is open for this month (holding only an estimate, or a figure someone else gave) and
// for last month: the bot asks which month, 是11月的 settles it, and a reply that gives new figures in Chinese
// numerals is read as a new report, not as the answer.
import { describe, expect, it } from 'vitest';
import { DIBAO_REQUEST, useHarness } from '../support/harness.js';

const bot = useHarness();
const AT = (day: number, time: string): string => `2026-11-${day}T${time}:00+08:00`;
const LAST_MONTH = '【区民政局】请各镇街于11月27日前补报10月低保户数。';

function dm(text: string, at: string): string {
  return bot().send('sll_jz', 'dm', text, { at }).out.find((m) => m.chat === 'dm:sll_jz')!.text;
}
const pool = (period: string) => bot().store.pool.get('shenglilu', 'dibao_households', period)?.value;

function setUp(): void {
  bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: AT(23, '09:00') });
  dm('低保户数约120户', AT(23, '10:00'));
  bot().send('lead_mz', 'channel', LAST_MONTH, { at: AT(24, '09:00') });
}

describe('a figure beside an estimate, with last month asked too', () => {
  it('is asked about, and 是11月的 files it for November', () => {
    setUp();
    const asked = dm('低保户数123户', AT(24, '10:00'));
    expect(asked).toMatch(/2026年11月|2026-11/);
    expect(pool('2026-10')).toBeUndefined();
    dm('是11月的', AT(24, '10:05'));
    expect(pool('2026-11')).toBe(123);
    expect(pool('2026-10')).toBeUndefined();
  });

  it('a reply with figures of its own in Chinese numerals is a new report, not the answer', () => {
    setUp();
    expect(dm('低保户数123户', AT(24, '10:00'))).toMatch(/2026年11月|2026-11/);
    dm('十月份低保户数一百一十八户', AT(24, '10:05'));
    expect(pool('2026-10')).toBe(118);
    expect(bot().store.held.count()).toBe(1);
  });
});

describe('a figure beside one someone else gave', () => {
  it('is asked about too: it may be the reporter\'s own figure for that month', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: AT(23, '09:00') });
    bot().store.pool.put({ unit: 'shenglilu', field: 'dibao_households', period: '2026-11', value: 120, memberId: 'zsl_jz', messageId: null, at: new Date(AT(23, '10:00')) });
    bot().send('lead_mz', 'channel', LAST_MONTH, { at: AT(24, '09:00') });
    expect(dm('低保户数123户', AT(24, '10:00'))).toMatch(/2026年11月|2026-11/);
    expect(pool('2026-10')).toBeUndefined();
  });
});
