// 上年第四季度和今年一季度的统计报表: 今年 said right before 一季度 is that quarter's year, no report of its own; the reports
// named are the two quarters'.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string, at: string) => parseRequest(text, member('lead_mz'), ctxAt(at));

describe('a year said before its quarter', () => {
  it('is not a period of its own among the reports a due day closes', () => {
    const r = parse('关于印发低保统计报表的通知\n各镇人民政府、各街道办事处：\n现将低保户数统计报表印发给你们；上年第四季度和今年一季度的统计报表，务必于2042年4月23日前报送。', '2042-04-14T10:00:00+08:00');
    expect(r?.period).toBe('2041-Q4');
    expect(r?.periods).toEqual(['2041-Q4', '2042-Q1']);
  });
});
