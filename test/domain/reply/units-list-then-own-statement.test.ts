// OWN_STATEMENT_AFTER_LIST: 低保户数共45户（大河村12户、双龙村33户），特困供养人数12人 from the town clerk — the figures after the
// villages' list, past a pause and opening on no unit, are the town's own: 特困12人 was stored as 双龙村's (and 大河村's 12 was
// lost); after 。 the list was read but 特困12人 still went to the last village.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { AT, F, open } from './fixtures.js';

const reply = (text: string) => {
  const candidates = [open(F.dibaoHouseholds), open(F.tekun)];
  return parseReply(text, {
    at: AT, timezone: 'Asia/Shanghai', candidates, unitName: '朱沱镇',
    others: [{ id: 'dahe', name: '大河村', candidates }, { id: 'shuanglong', name: '双龙村', candidates }],
  }).values.map((v) => `${v.unit ?? 'own'}.${v.field}=${v.value}`).sort();
};

describe('a statement of the reporter after a list of its units', () => {
  it('is the reporter\'s own', () => {
    const want = ['dahe.dibao_households=12', 'own.dibao_households=45', 'own.tekun_persons=12', 'shuanglong.dibao_households=33'];
    expect(reply('低保户数共45户（大河村12户、双龙村33户），特困供养人数12人')).toEqual(want);
    expect(reply('低保户数共45户(大河12，双龙33)。特困12人')).toEqual(want);
  });

  it('a second list in the sentence after the first is still read as a list', () => {
    expect(reply('各村低保户数：大河村12户，双龙村33户，合计45户；特困供养人数大河3人、双龙无')).toEqual(
      ['dahe.dibao_households=12', 'dahe.tekun_persons=3', 'own.dibao_households=45', 'shuanglong.dibao_households=33', 'shuanglong.tekun_persons=0']);
  });
});
