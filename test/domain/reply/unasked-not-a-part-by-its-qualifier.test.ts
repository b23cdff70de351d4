// PART_BY_ITS_QUALIFIER: 低保户：128（城市18户、农村110户） with 农村危房改造户数 in the dictionary — the bracket breaks the total
// down by a qualifier (农村) that a dictionary item shares without being named; the clerk was told 110户 was an item nobody
// asked for.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { AT, F, open, summary } from './fixtures.js';

const read = (text: string) => parseReply(text, {
  at: AT, timezone: 'Asia/Shanghai', candidates: [open(F.dibaoHouseholds), open(F.dibaoPersons)], dictionary: Object.values(F),
});

describe('a breakdown part named by a qualifier', () => {
  it('is no unasked item', () => {
    const r = read('低保户：128（城市18户、农村110户）；低保人数：203');
    expect(summary(r.values)).toEqual(['dibao_households=128@2026-11', 'dibao_persons=203@2026-11']);
    expect(r.unasked).toEqual([]);
  });

  it('an unasked item named whole in a breakdown is still told', () => {
    const r = read('低保户数128户，其中危改户数3户');
    expect(r.unasked.map((u) => u.field)).toEqual(['dilapidated_households']);
  });
});
