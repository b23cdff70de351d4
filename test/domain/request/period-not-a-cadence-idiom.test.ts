// 按“一月一报”原则 / 一周一调度: a cadence said as 一X一Y names how often rounds come, not a month (一月 is not January).
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2049-12-10T09:00:00+08:00'));

describe('a cadence idiom', () => {
  it('names no period', () => {
    expect(parse('关于报送2049年度低保户数的通知\n各镇人民政府、各街道办事处：\n请报送低保户数，本次上报时间为12月20日前，按“一月一报”原则报送。')?.period).toBe('2049');
  });

  it('a month said as such still counts', () => {
    expect(parse('各镇街：请于12月20日前报送一月份低保户数。')?.period).toBe('2049-01');
  });
});
