// PROVISIONAL_DATE: 年报以12月31日为准，今年暂按11月30日统计 — the day counted at for now, said after the standard one in its
// sentence, is the snapshot asked for (the standard 12月31日 was read).
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const period = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-11-20T09:00:00+08:00'))?.period;
const HEAD = '关于报送低保年报的通知\n各镇人民政府：\n';

describe('a provisional as-of day', () => {
  it('replaces the standard one', () => {
    expect(period(`${HEAD}低保户数年报以12月31日为准，今年暂按11月30日统计，请于12月5日前报送低保户数、低保人数。`)).toBe('2026-11-30');
  });

  it('said with 数据 before its verb', () => {
    expect(period(`${HEAD}年报数据以12月31日为基础，时间紧，先按11月30日数据填报。请于12月5日前报送低保户数。`)).toBe('2026-11-30');
  });

  it('the standard day alone stays', () => {
    expect(period(`${HEAD}低保户数年报以12月31日为准，请于12月5日前报送低保户数、低保人数。`)).toBe('2026-12-31');
  });
});
