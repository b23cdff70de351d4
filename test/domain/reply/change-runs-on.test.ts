// CHANGE_RUNS_ON (read-clause.ts): 今天又转了3户11人 — a figure run straight on from the one before in another measure word
// is said with the same words: 11人 is a change too (it was stored as the level, 11 transferred for 49), and in
// 上次报的已转移9户38人 both figures are the ones reported before. REPORTED_BEFORE_WITH_ITS_NAME also reads a piece of the
// item's name between 报的 and the figure (已转移 of 已转移户数): 9户 was taken for a new level and the change 3户 after it lost.
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, summary } from './fixtures.js';

const int = (key: string, label: string, aliases: string[], unit: string): FieldDef => ({ key, label, aliases, type: 'integer', unit, min: 0 });
const held = ctx(...[int('mhh', '已转移户数', ['转移户数'], '户'), int('mpp', '已转移人数', ['转移人数'], '人')]
  .map((field) => ({ field, period: '2026-11', answered: true })));
const changes = (text: string) => parseReply(text, held).changes.map((c) => `${c.field}${c.delta > 0 ? '+' : ''}${c.delta}`).sort();

describe('a figure run on from a change', () => {
  it('is a change too', () => {
    expect(changes('今天又转了3户11人')).toEqual(['mhh+3', 'mpp+11']);
    expect(summary(parseReply('今天又转了3户11人', held).values)).toEqual([]);
  });

  it('after the figures reported before, named by a piece of the item', () => {
    const r = parseReply('上次报的已转移9户38人，今天又转了3户11人', held);
    expect(summary(r.values)).toEqual([]);
    expect(changes('上次报的已转移9户38人，今天又转了3户11人')).toEqual(['mhh+3', 'mpp+11']);
  });

  it('a figure after a pause is said on its own', () => {
    expect(summary(parseReply('又转了3户，现在是49人', held).values)).toEqual(['mpp=49@2026-11']);
  });
});
