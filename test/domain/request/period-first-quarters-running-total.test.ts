// 前三季度 (1—9月份) is a running total from the start of the year, counted as of its last day (the spec's 1-11月累计), never
// the third quarter; years joined before it (2041年、2042年前三季度) count the same months each.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string, at: string) => parseRequest(text, member('lead_mz'), ctxAt(at));

describe('the first quarters of a year', () => {
  it('今年前三季度 is a running total to September 30th', () => {
    const r = parse('请各镇于10月15日前报送今年前三季度临时救助人次。', '2042-10-08T10:00:00+08:00');
    expect(r?.period).toBe('2042-09-30');
  });

  it('2041年、2042年前三季度 counts January to September of both years', () => {
    const r = parse('关于报送临时救助数据的通知\n各镇人民政府：\n一、报送内容\n2041年、2042年前三季度（1—9月份）的临时救助人次和临时救助金额。\n二、请于11月10日前报区民政局。', '2042-11-02T10:00:00+08:00');
    expect(r?.period).toBe('2041-09-30');
    expect(r?.periods).toEqual(['2041-09-30', '2042-09-30']);
  });
});
