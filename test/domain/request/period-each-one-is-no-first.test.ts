// 每一季度为一个统计周期。每季度第一个月的10日前…报上一季度: 一 after 每 says "each" (EACH_ONE), so 每一季度 is no first quarter;
// the round posted in January counts the quarter just ended.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string, at: string) => parseRequest(text, member('lead_mz'), ctxAt(at));

describe('每一 before a round word', () => {
  it('names every round, not the first quarter', () => {
    const r = parse('关于按季度报送低保户数的通知\n各街道办事处：\n一、统计周期：每一季度为一个统计周期。\n二、报送时间：每季度第一个月的10日前，把上一季度的低保户数报区民政局。', '2061-01-04T09:30:00+08:00');
    expect(r?.period).toBe('2060-Q4');
  });

  it('a first quarter said as such still counts', () => {
    expect(parse('请各街道于4月10日前报送一季度低保户数。', '2061-04-02T09:00:00+08:00')?.period).toBe('2061-Q1');
  });
});
