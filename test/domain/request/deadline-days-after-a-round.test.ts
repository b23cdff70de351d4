// 季报于季后5日前报送 / 月后3日前: days counted from the end of the round's quarter or month, said with 前 as with 内;
// the round is the one being reported now.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { formatZoned } from '../../../src/domain/time.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string, at: string) => parseRequest(text, member('lead_mz'), ctxAt(at));
const day = (d: Date | null | undefined): string | null => (d ? formatZoned(d, 'Asia/Shanghai').slice(0, 10) : null);

describe('days after a round, said with 前', () => {
  it('季后5日前 read in February is due April 5th for the first quarter', () => {
    const r = parse('关于开展低保统计的通知\n各镇人民政府：\n报表：低保户数。季报于季后5日前报送，遇节假日顺延。', '2031-02-25T10:00:00+08:00');
    expect(day(r?.deadline)).toBe('2031-04-05');
    expect(r?.period).toBe('2031-Q1');
  });

  it('月后3日前 read mid-month is due on the 3rd of next month for this month', () => {
    const r = parse('请各镇街于月后3日前报送低保户数', '2031-05-12T10:00:00+08:00');
    expect(day(r?.deadline)).toBe('2031-06-03');
    expect(r?.period).toBe('2031-05');
  });
});
