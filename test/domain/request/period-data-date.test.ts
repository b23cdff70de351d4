// 统计数据填写的截止时间为12月31日 / 以12月31日数据库为基础数据: the day the data stop at is the snapshot counted.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parseAt = (text: string, at: string) => parseRequest(text, member('lead_mz'), ctxAt(at));

describe('the day the data stop at', () => {
  it('a data cut-off names the snapshot', () => {
    const text = '三、统计数据填写的截止时间为2035年12月31日，各镇街上报截止时间为2036年2月27日，请按时将低保户数报区民政局。';
    expect(parseAt(text, '2035-12-20T09:00:00+08:00')?.period).toBe('2035-12-31');
  });

  it('so does the day a base is taken at', () => {
    const text = '一、全区低保年报以2036年12月31日低保信息系统数据为基础数据进行汇总上报；请各镇街于2037年1月10日前报送低保户数。';
    expect(parseAt(text, '2036-11-20T09:00:00+08:00')?.period).toBe('2036-12-31');
  });
});
