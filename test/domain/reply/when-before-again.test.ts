// WHEN_BEFORE_AGAIN (bind.ts): 今天又飞了2800亩 — before 又 or 再, a word that says when it was done again names nothing, as 又
// does not: with 今天 counted as a word of something else, 飞 (of 飞防面积) named no item and the change was dropped. Without
// 又 (今天飞了2800亩) the day's work is still no level.
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, summary } from './fixtures.js';

const done: FieldDef = { key: 'done', label: '飞防面积', aliases: [], type: 'number', unit: '亩', min: 0 };
const wheat: FieldDef = { key: 'wheat', label: '小麦种植面积', aliases: ['小麦面积'], type: 'number', unit: '亩', min: 0 };
const held = { ...ctx({ field: done, period: '2026-11', answered: true }, { field: wheat, period: '2026-11', answered: true }), unitName: '刘湾村' };

describe('when it was done again', () => {
  it('names nothing: the change is of the item its verb names', () => {
    for (const text of ['今天又飞了2800亩', '刘湾今天又飞了两千八百亩', '这两天又飞了2800亩']) {
      expect(parseReply(text, held).changes.map((c) => `${c.field}+${c.delta}`)).toEqual(['done+2800']);
    }
  });

  it('without 又 the day\'s work is no level', () => {
    expect(summary(parseReply('今天飞了2800亩', held).values)).toEqual([]);
  });
});
