// 请于每季度末五日内报…: days said of every round are the later rounds' rhythm, counted from each round's end; they are never
// counted from the day the notice is sent. The day the notice names for this round is its due day.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { formatZoned } from '../../../src/domain/time.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string, at: string) => parseRequest(text, member('lead_mz'), ctxAt(at));
const day = (d: Date | null | undefined): string | null => (d ? formatZoned(d, 'Asia/Shanghai').slice(0, 10) : null);

describe('days said of every round', () => {
  it('每季度末五日内 beside a dated day for this round: the dated day, not five days after the message', () => {
    const r = parse('关于印发低保统计报表的通知\n各镇人民政府、各街道办事处：\n现将低保户数统计报表印发给你们，请于每季度末五日内报区民政局；上年第四季度和今年一季度的报表，务必于2042年4月23日前报送。', '2042-04-14T10:00:00+08:00');
    expect(day(r?.deadline)).toBe('2042-04-23');
  });

  it('每月末3日内 alone is not three days after the message', () => {
    const r = parse('关于报送低保户数的通知\n各镇人民政府：\n请于每月末3日内报送低保户数。', '2042-04-14T10:00:00+08:00');
    expect(day(r?.deadline)).not.toBe('2042-04-17');
  });
});
