// 临时救助3户 for 临时救助人次: a count of households said for an item counted in 人次 is held with a question (是3人次吗？),
// never stored as 3 人次; the item's own measure word, or a figure for another item, is stored as before.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, F, open } from './fixtures.js';

const c = ctx(open(F.tempTimes), open(F.tekun));

describe('households said for a count of person-times', () => {
  it('is held for the reporter to confirm', () => {
    const v = parseReply('临时救助3户，特困供养21人', c).values;
    expect(v.find((x) => x.field === 'temp_aid_times')?.confirm).toMatch(/人次/);
    expect(v.find((x) => x.field === 'tekun_persons')).toMatchObject({ value: 21 });
    expect(v.find((x) => x.field === 'tekun_persons')?.confirm).toBeUndefined();
  });

  it('the item\'s own measure word is stored without a question', () => {
    expect(parseReply('临时救助5人次', c).values[0]).toMatchObject({ field: 'temp_aid_times', value: 5 });
    expect(parseReply('临时救助5人次', c).values[0]?.confirm).toBeUndefined();
  });
});
