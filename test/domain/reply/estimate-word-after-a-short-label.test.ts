// 羊差不多六千只 / 羊大概6000只: the word that makes a figure an estimate is no part of its label, so a one-character
// label still names the item; the figure is kept as an estimate.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open } from './fixtures.js';
import { L } from './fields-fresh6.js';

describe('an estimate word after a short label', () => {
  for (const text of ['羊差不多六千只', '羊大概6000只', '羊约6000只']) {
    it(text, () => {
      const r = parseReply(text, ctx(open(L.sheep), open(L.cattle)));
      expect(r.values.map((v) => [v.field, v.value, v.approximate])).toEqual([['sheep', 6000, true]]);
    });
  }
});
