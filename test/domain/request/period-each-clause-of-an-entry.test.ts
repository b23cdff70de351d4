// （一）上年各种农作物的播种面积和产量，今年预计的农作物播种面积和产量: an entry of the item list whose clauses each open with
// their own period asks for the figures of each, in the order named.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string, at: string) => parseRequest(text, member('lead_mz'), ctxAt(at));

describe('clauses of one item entry, each with its period', () => {
  it('lists every period', () => {
    const r = parse('关于开展农户种植结构调查的通知\n各乡镇人民政府：\n为掌握全县种植结构变化，现将有关事项通知如下：\n一、调查内容\n（一）上年各种农作物的播种面积和产量，今年预计的农作物播种面积和产量（用附表一）。\n二、报送时间\n请于2043年6月5日前报县发改局。', '2043-05-20T10:00:00+08:00');
    expect(r).not.toBeNull();
    expect(r?.period).toBe('2042');
    expect(r?.periods).toEqual(['2042', '2043']);
  });
});
