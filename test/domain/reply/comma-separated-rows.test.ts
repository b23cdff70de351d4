// COMMA_SEPARATED_ROWS: 低保户数,低保人数,特困供养人数 / 128,203,12 — a table saved as CSV. Its row was read as one run of digits,
// 128,203 → 128203 for the last label (特困供养人数, a wrong figure); after a group that is not three digits it is no
// thousands run at all. Rows of as many numbers as the header's labels, split the same way, are cells of the table.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { AT, F, ctx, open, summary } from './fixtures.js';

const three = ctx(open(F.dibaoHouseholds), open(F.dibaoPersons), open(F.tekun));

describe('rows split by commas', () => {
  it('under a header of labels split the same way are the table\'s cells', () => {
    expect(summary(parseReply('低保户数,低保人数,特困供养人数\n128,203,12', three).values))
      .toEqual(['dibao_households=128@2026-11', 'dibao_persons=203@2026-11', 'tekun_persons=12@2026-11']);
    expect(summary(parseReply('低保户数，低保人数，特困供养人数\n128，203，12', three).values))
      .toEqual(['dibao_households=128@2026-11', 'dibao_persons=203@2026-11', 'tekun_persons=12@2026-11']);
  });

  it('with a label opening each row give each unit its figures', () => {
    const candidates = [open(F.dibaoHouseholds), open(F.dibaoPersons)];
    const r = parseReply('村名,低保户数,低保人数\n大河村,32,51\n双龙村,40,66', {
      at: AT, timezone: 'Asia/Shanghai', candidates: [], unitName: '朱沱镇',
      others: [{ id: 'dahe', name: '大河村', candidates }, { id: 'shuanglong', name: '双龙村', candidates }],
    });
    expect(r.values.map((v) => `${v.unit}.${v.field}=${v.value}`).sort())
      .toEqual(['dahe.dibao_households=32', 'dahe.dibao_persons=51', 'shuanglong.dibao_households=40', 'shuanglong.dibao_persons=66']);
  });

  it('a run that ends on a group of two digits is no thousands figure', () => {
    expect(summary(parseReply('特困供养人数128,203,12', three).values)).not.toContain('tekun_persons=128203@2026-11');
  });

  it('a sum grouped by thousands is still one figure', () => {
    expect(summary(parseReply('临时救助金额1,232,000元', ctx(open(F.tempAmount))).values)).toEqual(['temp_aid_amount=1232000@2026-11']);
  });
});
