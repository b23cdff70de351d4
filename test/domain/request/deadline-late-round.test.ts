// LATE_ROUND (late-round.ts): 请于7月10日前报送上半年… written on November 20th asks for this year's first half, due on July 10th
// this year — a late round (the spec: a day named without its year is the nearest such day). It was read as next July 10th,
// which closes no period the notice asks for. A standing round (每年7月10日前) and a day nearer ahead are left as read.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string, at = '2026-11-20T09:00:00+08:00') => parseRequest(`各镇街：\n${text}`, member('lead_mz'), ctxAt(at));

describe('a due day that closes a period already ended, read after it has passed', () => {
  it('上半年…7月10日前 written in November is this July 10th', () => {
    const r = parse('请于7月10日前报送上半年低保户数。');
    expect(r).toMatchObject({ period: '2026-H1' });
    expect(r?.deadline?.toISOString()).toBe('2026-07-10T15:59:59.000Z');
  });

  it('上年度…1月15日前 written in November stays next January 15th, the nearer day', () => {
    expect(parse('请于1月15日前报送上年度临时救助人次。')?.deadline?.toISOString()).toBe('2027-01-15T15:59:59.000Z');
  });

  it('a standing yearly round stays next year\'s', () => {
    expect(parse('请于每年7月10日前报送上半年低保户数。')?.deadline?.toISOString()).toBe('2027-07-10T15:59:59.000Z');
  });
});
