// 厨余一天大概四百公斤一个月十二吨左右 for 厨余垃圾分出量 of November: 一天 is a span of time, never a count of 1, and the
// figure right after 一天 / 每天 / 日均 is a rate per day, no figure of the month asked.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';
import { L } from './fields-fresh12.js';

describe('a rate per day', () => {
  it('is no figure of the month, and 一天 no count of 1', () => {
    const r = parseReply('厨余一天四百公斤', ctx(open(L.kitchen), open(L.recycle), open(L.points)));
    expect(summary(r.values)).toEqual([]);
  });

  it('stores nothing wrong when the month\'s estimate follows', () => {
    const r = parseReply('东阳桥厨余一天大概四百公斤一个月十二吨左右', ctx(open(L.kitchen), open(L.recycle), open(L.points)));
    expect(summary(r.values).filter((v) => !v.startsWith('lj_kitchen=12'))).toEqual([]);
  });

  it('said with 每天', () => {
    const r = parseReply('可回收物每天80公斤', ctx(open(L.kitchen), open(L.recycle), open(L.points)));
    expect(summary(r.values)).toEqual([]);
  });
});
