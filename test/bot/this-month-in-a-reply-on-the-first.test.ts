// 这个月 / 本月 in a reply sent in the first days of a month, when the unit was asked only for the month just ended:
// the reporter speaks of the month being reported (dev 万古 兴隆村 on 12月1日: 这个月低保户数、人数都没变，特困少了1个，
// 临时救助2人次, about November), not of a month that has barely begun. 上月 said alone keeps its calendar meaning
// (兴隆村上月低保户21户 on 11月3日 is October's), and a month that was asked for keeps 这个月 as it is.
import { beforeEach, describe, expect, it } from 'vitest';
import { Harness, useHarness } from '../support/harness.js';

const harness = useHarness({ start: '2026-12-01T08:00:00+08:00' });
let h: Harness;
const CLERK = 'zt_jz';
const NOVEMBER_REQUEST = '【区民政局】请各镇街于12月4日前报送11月低保户数、低保人数。';
const at = (day: string, time: string): string => `2026-12-${day}T${time}:00+08:00`;
const pool = (field: string, period: string) => h.store.pool.get('zhutuo', field, period)?.value;

beforeEach(() => {
  h = harness();
  const october = new Date('2026-11-03T10:00:00+08:00');
  h.store.pool.put({ unit: 'zhutuo', field: 'dibao_households', period: '2026-10', value: 120, memberId: CLERK, messageId: null, at: october });
  h.store.pool.put({ unit: 'zhutuo', field: 'dibao_persons', period: '2026-10', value: 200, memberId: CLERK, messageId: null, at: october });
  h.send('lead_mz', 'channel', NOVEMBER_REQUEST, { at: at('01', '09:00') });
});

describe('这个月 in a reply on the 1st of a month, when only the month just ended was asked', () => {
  it('is the month asked: unchanged items take October\'s figures and a bare figure is November\'s', () => {
    h.send(CLERK, 'dm', '朱沱镇这个月低保户数没变，低保人数205人', { at: at('01', '14:00') });
    expect(pool('dibao_households', '2026-11')).toBe(120);
    expect(pool('dibao_persons', '2026-11')).toBe(205);
  });

  it('a change said with it is measured against October\'s figure, the one reported before', () => {
    h.send(CLERK, 'dm', '朱沱镇这个月低保户数少了2户，低保人数205人', { at: at('01', '14:00') });
    expect(pool('dibao_households', '2026-11')).toBe(118);
  });

  it('上月 said alone keeps its calendar meaning (the month asked)', () => {
    h.send(CLERK, 'dm', '朱沱镇上月低保户数118户，低保人数205人', { at: at('01', '14:00') });
    expect(pool('dibao_households', '2026-11')).toBe(118);
    expect(pool('dibao_persons', '2026-11')).toBe(205);
  });
});

describe('这个月 beside 上个月 naming a month of its own', () => {
  it('keeps the calendar: 上个月 is the month asked and 这个月 the month under way (fresh11 永平)', () => {
    h.send(CLERK, 'dm', '朱沱镇上个月低保户数118户，这个月低保人数多了一个', { at: at('01', '14:00') });
    expect(pool('dibao_households', '2026-11')).toBe(118);
    expect(pool('dibao_persons', '2026-11')).toBeUndefined();
  });
});
