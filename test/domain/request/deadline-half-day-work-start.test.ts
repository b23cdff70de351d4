// 下周一上午上班前把…报过来: 上午上班 (the start of the morning's work) is one time of day, nine on the day named; before,
// 上午 was read alone and 上班前 fell on the next morning (a Saturday, for a notice sent on Friday).
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-11-20T09:00:00+08:00'));

describe('a day with 上午上班前 / 下午上班前', () => {
  it('is due at nine on that day', () => {
    expect(parse('各镇街：请于下周一上午上班前报送临时救助人次。')?.deadline?.toISOString()).toBe('2026-11-23T01:00:00.000Z');
    expect(parse('各镇街：下周一上午上班前，把临时救助人次报过来。')?.deadline?.toISOString()).toBe('2026-11-23T01:00:00.000Z');
  });

  it('下午上班前 is two in the afternoon of that day', () => {
    expect(parse('各镇街：请于11月24日下午上班前报送临时救助人次。')?.deadline?.toISOString()).toBe('2026-11-24T06:00:00.000Z');
  });

  it('上班前 alone is still nine, and 上午 alone still noon', () => {
    expect(parse('各镇街：请于11月24日上班前报送临时救助人次。')?.deadline?.toISOString()).toBe('2026-11-24T01:00:00.000Z');
    expect(parse('各镇街：请于11月24日上午报送临时救助人次。')?.deadline?.toISOString()).toBe('2026-11-24T04:00:00.000Z');
  });
});
