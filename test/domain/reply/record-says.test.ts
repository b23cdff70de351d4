// RECORD_SAYS (SOURCE_SAID, read-clause.ts): 系统上是68.5% (fresh22 kaiyuan, after 68%吧 我再看下系统) and 台账上是90.6%
// (fresh23 caotang, after 91%吧 等下我看看台账): the record the clerk looked the figure up in names no item. Its words were taken
// for a label naming something else, and the checked figure was not read.
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';

const rate: FieldDef = { key: 'road_rate', label: '道路完好率', aliases: ['完好率'], type: 'number', unit: '%', min: 0 };
const people: FieldDef = { key: 'yf_people', label: '优抚对象', aliases: ['优抚对象人数'], type: 'integer', unit: '人', min: 0 };

describe('the figure a record shows', () => {
  it('is read as the figure of the item asked', () => {
    for (const t of ['台账上是90.6%', '系统上是90.6%', '完好率台账上是90.6%']) {
      expect(summary(parseReply(t, ctx(open(rate, '2026-11', true))).values), t).toEqual(['road_rate=90.6@2026-11']);
    }
    expect(summary(parseReply('花名册上是21人', ctx(open(people, '2026-11'))).values)).toEqual(['yf_people=21@2026-11']);
  });

  it('leaves words that name something else alone', () => {
    expect(summary(parseReply('完好率91%，机耕道3公里', ctx(open(rate, '2026-11'))).values)).toEqual(['road_rate=91@2026-11']);
  });
});
