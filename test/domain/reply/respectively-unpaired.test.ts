// RESPECTIVELY_UNPAIRED (read-clause.ts): 户数、人数、独居老人分别是230、401、9 where 户数 names no item for sure (both
// 走访户数 and 独居老人户数 count 户): the labels read are fewer than the figures after 分别, so which figure is whose cannot be
// told. The last label took the first figure (独居老人户数 230, a wrong figure); now none is stored.
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';

const int = (key: string, label: string, aliases: string[], unit: string): FieldDef => ({ key, label, aliases, type: 'integer', unit, min: 0 });
const visits = int('visits', '走访户数', ['走访户'], '户');
const people = int('people', '走访人数', ['走访人员'], '人');
const alone = int('alone', '独居老人户数', ['独居老人'], '户');
const c = ctx(open(visits), open(people), open(alone));

describe('分别 after labels some of which name no item', () => {
  it('stores none of the figures', () => {
    expect(summary(parseReply('户数、人数、独居老人分别是230、401、9，没有变化', c).values)).toEqual([]);
    expect(summary(parseReply('人次、独居老人分别是401、9', c).values)).toEqual([]);
  });
  it('labels that each name an item are still paired', () => {
    expect(summary(parseReply('走访户数和人数分别是230、401', c).values)).toEqual(['people=401@2026-11', 'visits=230@2026-11']);
  });
  it('one label and one figure after 分别 is read', () => {
    expect(summary(parseReply('独居老人分别是9户', c).values)).toEqual(['alone=9@2026-11']);
  });
});
