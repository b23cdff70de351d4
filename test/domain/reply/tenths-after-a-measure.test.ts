// A whole and its tenths said around a measure word of the unit roster: 两吨半 is 2.5吨, 2吨3 is 2.3吨 — never 2.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';
import { L } from './fields-fresh12.js';

describe('tenths after a measure word', () => {
  it('reads 半 after the measure as a half, inside a voice run', () => {
    const r = parseReply('可回收物两吨半宣传搞了三场', ctx(open(L.recycle), open(L.kitchen)));
    expect(summary(r.values)).toEqual(['lj_recycle=2.5@2026-11']);
  });

  it('reads one digit that ends the figure as its tenths', () => {
    const r = parseReply('厨余垃圾12吨左右，可回收物2吨3，投放点31个', ctx(open(L.recycle), open(L.kitchen), open(L.points)));
    expect(summary(r.values)).toEqual(['lj_kitchen=12@2026-11', 'lj_points=31@2026-11', 'lj_recycle=2.3@2026-11']);
  });

  it('leaves a digit that runs on into another measure alone', () => {
    const r = parseReply('可回收物3吨，厨余5吨', ctx(open(L.recycle), open(L.kitchen)));
    expect(summary(r.values)).toEqual(['lj_kitchen=5@2026-11', 'lj_recycle=3@2026-11']);
  });

  it('reads a digit in words after a measure inside a voice run as its tenths (SPOKEN_TENTH_IN_A_RUN)', () => {
    const r = parseReply('可回收物一吨二投放点三十一个', ctx(open(L.recycle), open(L.points)));
    expect(summary(r.values)).toEqual(['lj_points=31@2026-11', 'lj_recycle=1.2@2026-11']);
    expect(summary(parseReply('可回收物一吨二是对的', ctx(open(L.recycle))).values)).toEqual(['lj_recycle=1.2@2026-11']);
  });

  it('leaves a digit in words followed by a numeral or a measure word alone', () => {
    expect(summary(parseReply('可回收物一吨三车', ctx(open(L.recycle))).values)).not.toContain('lj_recycle=1.3@2026-11');
    expect(summary(parseReply('可回收物一吨二百斤', ctx(open(L.recycle))).values)).not.toContain('lj_recycle=1.2@2026-11');
  });
});
