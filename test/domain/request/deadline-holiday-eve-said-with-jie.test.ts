// 请各镇街于元旦节前报送11月低保户数 (posted in November): 元旦节 is 元旦 said with 节, and its eve is as much the due day as
// 元旦前's (HOLIDAY_EVE, deadline.ts); the notice was stored with no due day and no word to the lead.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-11-20T09:00:00+08:00'));

describe('the eve of a holiday said with 节', () => {
  it('元旦节前 is December 31st', () => {
    expect(parse('请各镇街于元旦节前报送11月低保户数。')?.deadline?.toISOString()).toBe('2026-12-31T15:59:59.000Z');
    expect(parse('各镇街：请于元旦节之前报送特困供养人数。')?.deadline?.toISOString()).toBe('2026-12-31T15:59:59.000Z');
  });
  it('五一节前 is April 30th', () => {
    expect(parse('请各镇街五一节前报送特困供养人数。')?.deadline?.toISOString()).toBe('2027-04-30T15:59:59.000Z');
  });
});
