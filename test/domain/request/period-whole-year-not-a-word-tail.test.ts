// 食品安全年终考核: 全 closes the word 安全 (WORD_TAIL_全), so 全年 is not said and the notice names no year; a roster has no period.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2061-11-25T10:00:00+08:00'));

describe('全 closing a word before 年', () => {
  it('is no 全年', () => {
    const r = parse('关于确定基层低保协理员的通知\n各镇人民政府、各街道办事处：\n请各镇（街道）在每个行政村（社区）确定1至2名低保协理员。\n区里把这项工作列为镇（街道）食品安全年终考核的一项重要指标，请各镇（街道）高度重视。\n请各镇（街道）于12月10日前，将辖区低保户数报区民政局。');
    expect(r?.period).toBeNull();
  });

  it('全年 said as such is this year', () => {
    expect(parse('请各镇（街道）于12月10日前报送全年临时救助人次。')?.period).toBe('2061');
  });
});
