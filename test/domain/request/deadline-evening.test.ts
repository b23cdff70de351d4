import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../../src/domain/request/deadline.js';
import { formatZoned } from '../../../src/domain/time.js';

const TZ = 'Asia/Shanghai';
const read = (text: string, at: string): string | null => {
  const d = findDeadline(text, new Date(at), TZ);
  return d ? `${formatZoned(d.deadline, TZ).slice(0, 16)}${d.hasTime ? '' : ' day'}` : null;
};
const FRIDAY_EVENING = '2026-11-27T19:40:00+08:00';
const SATURDAY = '2026-11-28T10:15:00+08:00';

describe('deadlines: evenings, weekends, N日内', () => {
  it.each([
    ['今晚8点前报下本月新增个体户数', FRIDAY_EVENING, '2026-11-27T20:00'],
    ['明晚9点前报', FRIDAY_EVENING, '2026-11-28T21:00'],
    ['明早10点前报', FRIDAY_EVENING, '2026-11-28T10:00'],
    ['今晚前报一下', FRIDAY_EVENING, '2026-11-27T23:59 day'],
    ['下周一前报一下上季度网络零售额', FRIDAY_EVENING, '2026-11-30T23:59 day'],
    ['请于周一中午前报送', SATURDAY, '2026-11-30T12:00'],
    ['下周三晚上8点前报送', SATURDAY, '2026-12-02T20:00'],
    ['请于3日内报送', FRIDAY_EVENING, '2026-11-30T23:59 day'],
    ['请于3日前报送', FRIDAY_EVENING, '2026-12-03T23:59 day'],
  ])('%s (%s) → %s', (text, at, want) => expect(read(text, at)).toBe(want));
});
