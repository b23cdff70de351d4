// 决定于2042年在全县开展2041年度…统计调查: a year said after 于 with the doing of the work next is when the work is carried
// out, not what its figures are counted for.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string, at: string) => parseRequest(text, member('lead_mz'), ctxAt(at));

describe('the year a survey is carried out in', () => {
  it('is not the period of its figures', () => {
    const r = parse('关于开展2041年度社会救助统计调查的通知\n各镇人民政府：\n县民政局决定于2042年在全县开展社会救助统计调查。\n一、调查内容。包括2041年度低保户数、低保人数。\n二、请于2042年4月10日前报送。', '2042-03-10T10:00:00+08:00');
    expect(r?.period).toBe('2041');
  });
});
