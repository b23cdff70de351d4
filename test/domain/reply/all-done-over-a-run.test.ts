// ALL_DONE_OVER_A_RUN: 马洪村…受威胁十四户六十六人已经全部转移了 (dev part fresh28) read 66 transferred persons but not the 14
// households — a figure run straight on into the next one in another measure word shares the words said after that one, so
// all of both is said done: the households transferred are the 14 too.
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';

const int = (key: string, label: string, aliases: string[], unit: string): FieldDef => ({ key, label, aliases, type: 'integer', unit, min: 0 });
const fields = [
  int('ht_hh', '受威胁户数', ['受威胁户'], '户'), int('ht_pp', '受威胁人数', ['受威胁人口'], '人'),
  int('ht_mhh', '已转移户数', ['转移户数'], '户'), int('ht_mpp', '已转移人数', ['转移人数'], '人'),
];
const read = (text: string) => summary(parseReply(text, ctx(...fields.map((f) => open(f, '2026-06')))).values);

describe('all done, said after a run of figures', () => {
  it('is said of each figure of the run', () => {
    expect(read('马洪村受威胁十四户六十六人已经全部转移了')).toEqual(expect.arrayContaining(['ht_hh=14@2026-06', 'ht_mhh=14@2026-06', 'ht_mpp=66@2026-06']));
    expect(read('受威胁8户19人 已全部转移')).toEqual(expect.arrayContaining(['ht_hh=8@2026-06', 'ht_mhh=8@2026-06', 'ht_mpp=19@2026-06']));
  });

  it('figures apart are each their own', () => {
    expect(read('受威胁8户，19人已全部转移')).not.toContain('ht_mhh=8@2026-06');
  });
});
