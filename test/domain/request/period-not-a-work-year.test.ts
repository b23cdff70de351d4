// 关于报送2034年高效节水灌溉项目有关工作进展情况的通知 / 本镇2034年建设方案: a year said of the work whose progress is
// reported, or of a plan, is that work's year; progress is counted as of each report.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2034-01-27T09:00:00+08:00'));

describe('a year of the work', () => {
  it('in a title said of the progress reported is not the period', () => {
    expect(parse('关于报送2034年危房改造项目工作进展情况的通知\n各镇街：\n请于1月29日前报送危房改造户数。')?.period).toBeNull();
  });

  it('said of a plan is not the period', () => {
    expect(parse('请各镇街于3月29日前报送危房改造户数和本镇2034年危房改造实施方案。')?.period).toBeNull();
  });

  it('a year said of the figures still is', () => {
    expect(parse('关于报送2033年危房改造户数的通知\n各镇街：\n请于1月29日前报送。')?.period).toBe('2033');
  });
});
