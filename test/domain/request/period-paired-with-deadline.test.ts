// The period a schedule pairs with the due day the notice is read for, and a time limit that is no period.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { formatZoned } from '../../../src/domain/time.js';
import { ctxAt, member } from './helpers.js';

const parseAt = (text: string, at: string) => parseRequest(text, member('lead_mz'), ctxAt(at));

describe('period paired with its due day', () => {
  it('第一季度…3月5日前；第二季度6月5日前 read in March: the second quarter of this year', () => {
    const r = parseAt('请各镇街报送低保户数：第一季度3月5日前；第二季度6月5日前；第三季度9月5日前。', '2027-03-20T09:00:00+08:00');
    expect(r?.period).toBe('2027-Q2');
    expect(r?.deadline && formatZoned(r.deadline, 'Asia/Shanghai').slice(0, 10)).toBe('2027-06-05');
  });

  it('a weekly round (于每周三报) counts the week it is due in, unless the ask names the week (上周)', () => {
    expect(parseAt('请各镇街于每周三报送低保户数。', '2026-11-23T09:00:00+08:00')?.period).toBe('2026-W48');
    expect(parseAt('请各镇街于每周三报送上周低保户数。', '2026-11-23T09:00:00+08:00')?.period).toBe('2026-W47');
  });

  it('a month followed by 前 is a time limit, not the period', () => {
    const r = parseAt('请各镇街于12月5日前报送低保户数，并在2027年4月前完成整改。', '2026-11-24T09:00:00+08:00');
    expect(r?.period).toBeNull();
  });
});
