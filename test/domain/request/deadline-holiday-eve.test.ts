// 元旦前请报一下特困供养人数 / 请各镇街国庆节前报送…: the eve of a holiday of fixed date is the due day (HOLIDAY_EVE,
// deadline.ts); the notice had no due day and no reminder could run. 元旦前后 is a time around the holiday, no due day.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-12-03T09:00:00+08:00'));

describe('the eve of a holiday', () => {
  it('元旦前 is December 31st', () => {
    expect(parse('各位：元旦前请报一下特困供养人数。')?.deadline?.toISOString()).toBe('2026-12-31T15:59:59.000Z');
    expect(parse('各镇街：请于元旦之前报送特困供养人数。')?.deadline?.toISOString()).toBe('2026-12-31T15:59:59.000Z');
  });
  it('国庆节前 is the next September 30th', () => {
    expect(parse('请各镇街国庆节前报送特困供养人数。')?.deadline?.toISOString()).toBe('2027-09-30T15:59:59.000Z');
  });
  it('元旦前后 is no due day', () => {
    expect(parse('各镇街：元旦前后要做好困难群众走访慰问，请于12月20日前报送特困供养人数。')?.deadline?.toISOString()).toBe('2026-12-20T15:59:59.000Z');
  });
});
