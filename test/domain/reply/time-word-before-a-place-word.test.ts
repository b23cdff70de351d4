// 我们村低保户数10户，之前镇上报的9户不对: 之前镇 was taken for a unit off the roster, and the village clerk was told
// "之前镇的数没有记录". A time adverb opening the words before a place word says when a place did something (TIME_WORD_OPENS).
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

const read = (text: string) => parseReply(text, { ...ctx(open(F.dibaoHouseholds), open(F.dibaoPersons)), unitName: '双龙村' });

describe('a time adverb before 镇 or 村', () => {
  it('names no other unit', () => {
    const r = read('我们村低保户数10户，之前镇上报的9户不对');
    expect(summary(r.values)).toEqual(['dibao_households=10@2026-11']);
    expect(r.otherUnits).toEqual([]);
  });

  it('nor does 上次村里 or 原来镇', () => {
    expect(read('低保户数10户，上次村里报的是9户').otherUnits).toEqual([]);
    expect(read('低保户数10户，原来镇统计的不对').otherUnits).toEqual([]);
  });

  it('a unit named after the pause is still noted', () => {
    expect(read('低保户数10户，松溉镇低保户数90户').otherUnits).toEqual(['松溉镇']);
  });
});
