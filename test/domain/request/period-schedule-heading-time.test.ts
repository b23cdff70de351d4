// 二、时间安排：2月下旬至5月底: the time said on a schedule section's own heading is when the work as a whole runs, not what
// its figures are counted for (fresh-items19 lanping 1 read 5月底 as a snapshot period).
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-02-22T09:00:00+08:00'));

describe('a time on a schedule heading', () => {
  it('is no counting period', () => {
    const r = parse('各镇街：\n县民政局决定开展一次低保对象调查摸底。现将有关事项通知如下：\n一、调查对象：在册低保户。\n二、时间安排：2月下旬至5月底。\n三、具体要求：请将低保户数于5月31日前报县民政局。');
    expect(r?.fields).toEqual(['dibao_households']);
    expect(r?.period).toBeNull();
  });
  it('a clause on the heading that reports keeps its time', () => {
    const r = parse('各镇街：\n县民政局决定开展一次低保对象调查摸底。现将有关事项通知如下：\n一、调查对象：在册低保户。\n二、时间安排：请于3月10日前报送截至2月底的低保户数。');
    expect(r?.period).toBe('2026-02-28');
  });
  it('a snapshot said outside the schedule is read', () => {
    const r = parse('各镇街：\n县民政局决定开展一次低保对象调查摸底。现将有关事项通知如下：\n一、时间安排：2月下旬至3月底。\n二、具体要求：请将截至2月底的低保户数于3月10日前报县民政局。');
    expect(r?.period).toBe('2026-02-28');
  });
});
