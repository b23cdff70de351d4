// 2041年度调查的内容包括…2041年和2040年的临时救助金额: the survey's year said again in the ask, joined there with another
// year, lists both years the figures are asked for.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string, at: string) => parseRequest(text, member('lead_mz'), ctxAt(at));

describe('a year said again joined with another', () => {
  it('asks for every joined year', () => {
    const r = parse('关于开展社会救助统计调查的通知\n各镇人民政府：\n一、调查内容。2041年度社会救助统计调查的内容包括低保户数、2041年和2040年的临时救助金额。\n二、请于2042年4月10日前报送。', '2042-03-10T10:00:00+08:00');
    expect(r?.periods).toEqual(['2041', '2040']);
  });
});
