// 暂无数据 / 没有数据 / 无统计: no figure yet, never a zero (暂无 alone is still none).
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, F, open, summary } from './fixtures.js';

describe('no data yet', () => {
  it('is no zero', () => {
    expect(summary(parseReply('特困供养人数暂无数据', ctx(open(F.tekun))).values)).toEqual([]);
    expect(summary(parseReply('特困供养人数没有数据', ctx(open(F.tekun))).values)).toEqual([]);
  });

  it('暂无 alone is none', () => {
    expect(summary(parseReply('特困供养人数暂无', ctx(open(F.tekun))).values)).toEqual(['tekun_persons=0@2026-11']);
  });
});
