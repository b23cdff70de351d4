// MEASURE_ONLY_LABEL (read-clause.ts): 户数、人数分别是12、30 — labels in a list that say no more than a measure word name the one
// open count in that measure. 户数 named no item, so nothing was stored; when two open items count in the measure (走访户数,
// 独居老人户数) it still names none.
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, F, open, summary } from './fixtures.js';

const int = (key: string, label: string, aliases: string[], unit: string): FieldDef => ({ key, label, aliases, type: 'integer', unit, min: 0 });
const c = ctx(open(F.dibaoHouseholds), open(F.dibaoPersons));

describe('a label that is only a measure word', () => {
  it('names the one open count in that measure', () => {
    expect(summary(parseReply('户数、人数分别是12、30', c).values)).toEqual(['dibao_households=12@2026-11', 'dibao_persons=30@2026-11']);
    expect(summary(parseReply('户数和人数都是0', c).values)).toEqual(['dibao_households=0@2026-11', 'dibao_persons=0@2026-11']);
  });
  it('names none when two open counts share the measure', () => {
    const visits = int('visits', '走访户数', ['走访户'], '户');
    const alone = int('alone', '独居老人户数', ['独居老人'], '户');
    const people = int('people', '走访人数', ['走访人员'], '人');
    expect(summary(parseReply('户数、人数分别是230、401', ctx(open(visits), open(alone), open(people))).values)).toEqual([]);
  });
});
