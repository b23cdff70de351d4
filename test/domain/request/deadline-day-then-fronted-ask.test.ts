// 各镇街：今天把低保户数报一下 — a day followed by 把/将, the thing handed and the ask (DAY_THEN_FRONTED_ASK) is the due day: the
// end of that day (the spec's day-only reading), relative to the day the message is posted.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { formatZoned } from '../../../src/domain/time.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-11-23T09:00:00+08:00'));
const due = (text: string): string | null => { const d = parse(text)?.deadline; return d ? formatZoned(d, 'Asia/Shanghai') : null; };

describe('a day before 把 … 报', () => {
  it('今天 is due today', () => {
    expect(due('各镇街：今天把低保户数报一下')).toBe('2026-11-23T23:59:59+08:00');
  });

  it('明天 and 本周五 with 将 are due on their day', () => {
    expect(due('各镇街：明天把低保户数报一下')).toBe('2026-11-24T23:59:59+08:00');
    expect(due('各镇街：本周五将低保户数报送区民政局')).toBe('2026-11-27T23:59:59+08:00');
  });

  it('a day of something else done is no due day', () => {
    expect(due('各镇街：今天将开展低保户数核查，请于11月30日前报送低保户数')).toBe('2026-11-30T23:59:59+08:00');
  });
});
