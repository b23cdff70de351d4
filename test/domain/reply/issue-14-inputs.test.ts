// Every input in issue 14's first list, as a new user would try it: each gets the right value (an estimate marked
// as one) or a clear question, and none is stored wrong. Other files test each behaviour more closely.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { F, ctx, open, summary } from './fixtures.js';

const dictionary: FieldDef[] = [F.dibaoHouseholds, F.dibaoPersons, F.tekun, F.tempTimes, F.tempAmount, F.subsidy, F.gas, F.food];
const social = { ...ctx(open(F.dibaoHouseholds), open(F.dibaoPersons), open(F.tempAmount)), dictionary };
const stored = (text: string, c = social) => summary(parseReply(text, c).values);
const asked = (text: string, c = social): string[] => {
  const r = parseReply(text, c);
  expect(r.values.filter((v) => !v.confirm)).toEqual([]);
  return [...r.invalid.map((v) => v.reason), ...r.values.map((v) => v.confirm!), ...r.choices.map((c) => c.raw)];
};

describe('issue 14: numbers', () => {
  it('9007199254740993 for a count is not stored as 3', () => {
    expect(asked('低保户数9007199254740993')).toEqual([expect.stringContaining('位数太多')]);
  });
  it('0.0000001 does not replace 7 as a correction', () => {
    expect(asked('更正：低保户数0.0000001', { ...ctx(open(F.dibaoHouseholds, '2026-11', true)), dictionary })).toEqual([expect.stringContaining('应为整数')]);
  });
  it('22 nines do not become 1e+22', () => {
    expect(asked(`低保户数${'9'.repeat(22)}`)).toEqual([expect.stringContaining('位数太多')]);
  });
  it('低保人数 -12 is not stored as 12', () => {
    expect(asked('低保人数 -12')).toEqual([expect.stringContaining('不能为负数')]);
  });
  it('99,999,999 people in one town waits for confirmation', () => {
    expect(asked('低保人数99,999,999人')).toEqual([expect.stringContaining('大很多')]);
  });
  it('约三百八 and 大概1.2万 are kept as estimates', () => {
    const r = parseReply('低保人数约三百八，临时救助金额大概1.2万', social);
    expect(r.values.map((v) => [v.field, v.value, v.approximate])).toEqual([['dibao_persons', 380, true], ['temp_aid_amount', 12000, true]]);
  });
  it('一百二十点五 and 负5 get a clear question, not "no data found"', () => {
    expect(asked('低保人数一百二十点五')).toEqual([expect.stringContaining('应为整数，是不是写错了')]);
    expect(asked('低保人数负5')).toEqual([expect.stringContaining('不能为负数，是不是写错了')]);
  });
});

describe('issue 14: layout', () => {
  it('a Chinese decimal (三点五) is not a clock time', () => {
    expect(stored('临时救助金额三点五万元')).toEqual(['temp_aid_amount=35000@2026-11']);
  });
  it('a list number in mid-line (…；2、…) is not a figure', () => {
    expect(stored('1、低保户数120户；2、低保人数200人')).toEqual(['dibao_households=120@2026-11', 'dibao_persons=200@2026-11']);
  });
  it('a month word inside brackets does not change the period of the figures after it', () => {
    expect(stored('低保户数120户（10月是118户），低保人数200人')).toContain('dibao_persons=200@2026-11');
  });
  it('a trailing explanatory figure with no label does not overwrite the main one', () => {
    expect(stored('低保户数120户，入户核查30户')).toEqual(['dibao_households=120@2026-11']);
  });
});

describe('issue 14: meaning', () => {
  it('a figure for an item not asked is not filed under a look-alike', () => {
    const r = parseReply('特困人数5人', social);
    expect(r.values).toEqual([]);
    expect(r.unasked).toEqual([{ field: 'tekun_persons', raw: '5人' }]);
    expect(parseReply('燃气隐患3处', { ...ctx(open(F.food)), dictionary }).unasked).toEqual([{ field: 'gas_hazards', raw: '3处' }]);
  });
  it('a correction that names one field lands in that field', () => {
    const both = { ...ctx(open(F.dibaoHouseholds, '2026-11', true), open(F.dibaoPersons, '2026-11', true)), dictionary };
    expect(stored('更正：低保人数应为208', both)).toEqual(['dibao_persons=208@2026-11']);
    expect(parseReply('更正：特困人数应为5', both).values).toEqual([]);
  });
  it('yes/no answered as 有的 / 弄好了 / 已经搞完', () => {
    const check = { ...ctx(open(F.selfCheck), open(F.dibaoHouseholds, '2026-11', true)), dictionary };
    for (const text of ['是否完成自查：有的', '自查弄好了', '已经搞完']) expect(stored(text, check)).toEqual(['self_check_done=true@2026-11']);
  });
  it('an option given in short (中 for 中风险)', () => {
    const risk: FieldDef = { key: 'risk', label: '风险等级', aliases: [], type: 'enum', options: ['高风险', '中风险', '低风险'] };
    expect(stored('风险等级：中', { ...ctx(open(risk)), dictionary })).toEqual(['risk="中风险"@2026-11']);
  });
  it('a free-text value is not cut at the first bracket or slash', () => {
    expect(parseReply('联系人：张某与李某（邻里）因宅基地/界址纠纷', ctx(open(F.contact))).values[0]?.value).toBe('张某与李某（邻里）因宅基地/界址纠纷');
  });
  it('a pasted table records its rows', () => {
    expect(stored('单位 户数 人数\n石桥村 12 20\n白沙村 9 15', { ...social, unitName: '石桥村' })).toEqual([
      'dibao_households=12@2026-11', 'dibao_persons=20@2026-11',
    ]);
  });
  it('a range word in a reply (1—11月, 1至11月累计) never gives the figure 1', () => {
    expect(stored('1—11月低保户数120户')).not.toContain('dibao_households=1@2026-11');
    const total = parseReply('1至11月累计临时救助金额4500元', social);
    expect(total.values).toEqual([]);
    expect(stored('1至11月累计临时救助金额4500元', { ...ctx(open(F.tempAmount, '2026-11-30')), dictionary })).toEqual(['temp_aid_amount=4500@2026-11-30']);
  });
  it('a correct reply is not bounced when the request\'s period was misread', () => {
    expect(stored('本月低保户数120户', { ...ctx(open(F.dibaoHouseholds, '2026-12')), dictionary })).toEqual(['dibao_households=120@2026-11']);
  });
});
