import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';

// UNASKED_RATE (read-clause.ts): a rate named by its own words (外出务工就业率93%) with no item in % open is a figure nobody
// asked: acknowledged by those words, never dropped without a word, never filed.
const out: FieldDef = { key: 'jy_out', label: '外出务工人数', aliases: ['外出务工'], type: 'integer', unit: '人', min: 0 };

describe('a rate nobody asked', () => {
  it('is acknowledged by its words', () => {
    const r = parseReply('前河村外出务工就业率93%', ctx(open(out)));
    expect(summary(r.values)).toEqual([]);
    expect(r.unasked).toEqual([expect.objectContaining({ label: '外出务工就业率', raw: '93%' })]);
  });
  it('beside an asked figure, the figure is still read', () => {
    const r = parseReply('外出务工就业率93%，外出务工265人', ctx(open(out)));
    expect(summary(r.values)).toEqual(['jy_out=265@2026-11']);
    expect(r.unasked.map((u) => u.label)).toEqual(['外出务工就业率']);
  });
});
