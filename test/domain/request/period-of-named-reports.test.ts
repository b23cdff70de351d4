// 补报2031年年报、2031年12月月报和2032年2月月报: reports named with their periods each count their own, and a year said
// of the work (2033年城乡建设统计继续执行…) gives way to the years of the reports it lists.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string, at: string) => parseRequest(text, member('lead_mz'), ctxAt(at));

describe('the periods of named reports', () => {
  it('three reports closed by one due day are three periods', () => {
    const r = parse('请各镇街补报低保户数，补报范围为2026年年报、2026年12月月报和2027年2月月报，补报截止时间为2027年5月20日。', '2027-04-08T10:00:00+08:00');
    expect(r?.periods).toEqual(['2026', '2026-12', '2027-02']);
  });

  it('the years of the reports listed, not the year of the work', () => {
    const r = parse('2027年低保统计继续执行原制度，包括两项任务：2026年低保户数年报和2027年低保户数快报。请各镇街认真组织填报。', '2026-12-29T10:00:00+08:00');
    expect(r?.period).toBe('2026');
    expect(r?.periods).toEqual(['2026', '2027']);
  });
});
