// 调查内容…2041年和2040年的临时救助金额…调查数据截止时间为2042年6月30日, written in March 2042: the figures' years are given
// and past, so a data cut-off still ahead closes the collection (the due day); it is no snapshot counted.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string, at: string) => parseRequest(text, member('lead_mz'), ctxAt(at));

describe('a data cut-off ahead of figures whose past years are named', () => {
  it('is the due day, not a snapshot', () => {
    const r = parse('关于开展社会救助相关情况统计调查的通知\n各镇人民政府：\n为掌握全县社会救助情况，县民政局决定开展统计调查，现将有关事项通知如下：\n一、调查内容。包括低保户数、2041年和2040年的临时救助金额。调查数据截止时间为2042年6月30日。\n二、请各镇组织辖区单位认真填报调查表。', '2042-03-10T10:00:00+08:00');
    expect(r?.deadline?.toISOString()).toBe('2042-06-30T15:59:59.000Z');
    expect(r?.periods ?? [r?.period]).not.toContain('2042-06-30');
  });
  it('stays a snapshot when no years are named beside it', () => {
    const r = parse('关于开展低保情况统计的通知\n各镇人民政府：\n一、统计内容。包括低保户数、低保人数。统计数据截止时间为2042年6月30日。\n二、请于2042年7月5日前报送。', '2042-06-20T10:00:00+08:00');
    expect(r?.period).toBe('2042-06-30');
  });
});
