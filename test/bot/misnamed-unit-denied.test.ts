// MISNAMED_UNIT settled no: 不是 after 「石乔村」是不是石桥村？ drops the held figures (nothing stored, the reporter is told
// to report them again under the unit's name); 不是，是白沙村 names the unit meant, another the reporter reports for, and
// the figures go to it for the items it was asked.
import { describe, expect, it } from 'vitest';
import { useHarness } from '../support/harness.js';
import { withVillages } from '../support/villages.js';

const bot = useHarness();
const AT = (time: string): string => `2026-11-24T${time}:00+08:00`;
const pool = (unit: string, field: string) => bot().store.pool.get(unit, field, '2026-11')?.value;
const dm = (text: string, time: string): string => bot().send('zt_jz', 'dm', text, { at: AT(time) }).out.find((m) => m.chat === 'dm:zt_jz')!.text;

describe('a misnamed unit denied', () => {
  it('不是 drops the held figures and says so', () => {
    withVillages(bot());
    dm('石乔村：低保户数12户，低保人数20人', '10:00');
    const out = dm('不是', '10:05');
    expect(out).toContain('「石乔村」的数没有记录');
    expect(bot().store.pool.all()).toEqual([]);
    expect(bot().store.held.openOf('zt_jz')).toEqual([]);
  });

  it('不是，是白沙村 files them under the unit named', () => {
    withVillages(bot());
    dm('石乔村：低保户数12户，低保人数20人', '10:00');
    const out = dm('不是，是白沙村', '10:05');
    expect(pool('baisha', 'dibao_households')).toBe(12);
    expect(pool('baisha', 'dibao_persons')).toBe(20);
    expect(pool('shiqiao', 'dibao_households')).toBeUndefined();
    expect(out).toContain('已记录（白沙村）');
  });
});
