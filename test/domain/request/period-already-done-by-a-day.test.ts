// 今年5月底以前实际已播种的农作物面积: what has already been done by a day (已 right after the day's 以前) is a stock counted as
// of that day, whether the day is past or still ahead; the day is no time limit and its year alone is not the period.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string, at: string) => parseRequest(text, member('lead_mz'), ctxAt(at));

describe('a day before what is already done', () => {
  it('is the snapshot counted, though still ahead', () => {
    const r = parse('关于开展农户种植情况调查的通知\n各乡镇人民政府：\n为掌握全县农作物播种进度，现将有关事项通知如下：\n一、调查内容\n今年5月底以前实际已播种的农作物面积（用附表一）。\n二、报送时间\n请于2043年6月5日前报县发改局。', '2043-05-20T10:00:00+08:00');
    expect(r).not.toBeNull();
    expect(r?.period).toBe('2043-05-31');
  });
});
