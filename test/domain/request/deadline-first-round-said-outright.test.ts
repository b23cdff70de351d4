// 每周一上午12点前报送…首次报送时间为12月14日: a weekly round whose first due day is named outright starts then; the round
// due before it (this Monday) is not asked.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { formatZoned } from '../../../src/domain/time.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-12-07T09:00:00+08:00'));
const due = (text: string) => {
  const r = parse(text);
  return r?.deadline ? formatZoned(r.deadline, 'Asia/Shanghai').slice(0, 16) : null;
};

describe('the first round of a weekly series, said outright', () => {
  it('首次报送时间为12月14日 moves the weekly round from today to that Monday, at its clock', () => {
    const r = parse('各镇街医保办：\n根据市医保局要求，现开展2027年度城乡居民医保集中参保缴费工作进度调度。请各镇街每周一上午12点前报送截至上周日的参保缴费人数、缴费金额。首次报送时间为12月14日。');
    expect(r && formatZoned(r.deadline!, 'Asia/Shanghai').slice(0, 16)).toBe('2026-12-14T12:00');
    expect(r?.deadlineHasTime).toBe(true);
  });

  it('12月16日首次上报 / 第一次报送于…: the same said the other way round', () => {
    expect(due('各乡镇：\n请每周三下午5点前报送低保户数，12月16日首次上报。')).toBe('2026-12-16T17:00');
    expect(due('各乡镇：\n请每周三下午5点前报送低保户数，第一次报送于12月16日。')).toBe('2026-12-16T17:00');
  });

  it('with no first round named, the weekly round is due this week as before', () => {
    expect(due('各乡镇：\n请每周三下午5点前报送低保户数。')).toBe('2026-12-09T17:00');
  });
});
