// 人次 / 户次 alone before a figure is the count's measure word and its name at once (人次15，金额32000): the figure is the one
// open item counted in 人次. It was dropped without a word (人次：15 with a colon was read).
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, F, open, summary } from './fixtures.js';

describe('人次 alone as a label', () => {
  it('names the one item counted in 人次', () => {
    const r = parseReply('人次15，金额（元）32000', ctx(open(F.tempTimes), open(F.tempAmount)));
    expect(summary(r.values)).toEqual(['temp_aid_amount=32000@2026-11', 'temp_aid_times=15@2026-11']);
  });

  it('with two items counted in 人次, stores neither as a guess', () => {
    const r = parseReply('人次15', ctx(open(F.tempTimes), open(F.medicalTimes)));
    expect(r.values).toEqual([]);
  });
});
