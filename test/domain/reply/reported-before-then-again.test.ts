// REPORTED_BEFORE_WITH_ITS_NAME: 上次报的隐患4处 这两天又查出2处 — the figure reported before, said with the item's name between
// 上次报的 and the figure, is spoken of, not a new level; the change after it (又查出, a verb with its result; 这两天 before it
// says when, not what) is added to the figure held. Read as a level, the 4 stood and the 2 more were lost.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, F, open, summary } from './fixtures.js';

const read = (text: string) => {
  const r = parseReply(text, ctx(open(F.gas, '2026-11', true), open(F.food)));
  return { values: summary(r.values), changes: r.changes.map((c) => `${c.field}${c.delta > 0 ? '+' : ''}${c.delta}/${c.against}`) };
};

describe('the figure reported before, then what was done since', () => {
  it('is spoken of; the change is added to the figure held', () => {
    expect(read('上次报的燃气隐患4处 这两天又查出2处')).toEqual({ values: [], changes: ['gas_hazards+2/held'] });
  });

  it('with 了 after the verb', () => {
    expect(read('之前报的燃气隐患4处，今天又发现了2处')).toEqual({ values: [], changes: ['gas_hazards+2/held'] });
  });

  it('a correction of it still corrects', () => {
    expect(read('上次报的燃气隐患4处不对，应为6处').values).toEqual(['gas_hazards=6@2026-11']);
  });

  it('a figure said as the level stays the level', () => {
    expect(read('燃气隐患4处').values).toEqual(['gas_hazards=4@2026-11']);
  });
});
