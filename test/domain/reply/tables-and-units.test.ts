// Pasted tables read by their header row and row labels, and figures of other units (a town clerk's villages) kept
// apart from the reporter's own.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { F, ctx, open, summary } from './fixtures.js';

const births: FieldDef = { key: 'births', label: '出生人数', aliases: ['出生人口数'], type: 'integer', unit: '人', min: 0 };
const deaths: FieldDef = { key: 'deaths', label: '死亡人数', aliases: ['死亡人口数'], type: 'integer', unit: '人', min: 0 };
const months = { ...ctx(open(births, '2026-10'), open(deaths, '2026-10'), open(births), open(deaths)), unitName: '桥头社区' };
const dibao = (unitName: string) => ({ ...ctx(open(F.dibaoHouseholds), open(F.dibaoPersons)), unitName });

describe('pasted tables', () => {
  it('rows of periods under a header of items', () => {
    const r = parseReply('桥头社区出生死亡情况\n月份 出生 死亡\n10月 3 2\n11月 1 4', months);
    expect(summary(r.values)).toEqual(['births=1@2026-11', 'births=3@2026-10', 'deaths=2@2026-10', 'deaths=4@2026-11']);
  });

  it('the same table turned around, cells split by tabs', () => {
    const r = parseReply('项目\t10月\t11月\n出生\t3\t1\n死亡\t2\t4', months);
    expect(summary(r.values)).toEqual(['births=1@2026-11', 'births=3@2026-10', 'deaths=2@2026-10', 'deaths=4@2026-11']);
  });

  it('rows of units: the reporter\'s own row is read, the others are noted and not read', () => {
    const r = parseReply('单位 户数 人数\n石桥村 12 20\n白沙村 9 15', dibao('石桥村'));
    expect(summary(r.values)).toEqual(['dibao_households=12@2026-11', 'dibao_persons=20@2026-11']);
    expect(r.otherUnits).toEqual(['白沙村']);
  });

  it('a town clerk\'s table of villages records nothing for the town but its 合计 row', () => {
    expect(parseReply('单位 户数 人数\n石桥村 12 20\n白沙村 9 15', dibao('朱沱镇')).values).toEqual([]);
    const r = parseReply('单位 低保户数 低保人数\n石桥村 12 20\n白沙村 9 15\n合计 21 35', dibao('朱沱镇'));
    expect(summary(r.values)).toEqual(['dibao_households=21@2026-11', 'dibao_persons=35@2026-11']);
    expect(r.otherUnits).toEqual(['石桥村', '白沙村']);
  });

  it('lines that only look like a table are read as usual', () => {
    expect(summary(parseReply('低保户数 120\n低保人数 200', dibao('石桥村')).values)).toEqual([
      'dibao_households=120@2026-11', 'dibao_persons=200@2026-11',
    ]);
  });
});

describe('figures for other units', () => {
  it('a line starting with another unit\'s name, and the lines under it, are that unit\'s', () => {
    const r = parseReply('石桥村：低保户数12户\n白沙村：低保户数9户', dibao('石桥村'));
    expect(summary(r.values)).toEqual(['dibao_households=12@2026-11']);
    expect(r.otherUnits).toEqual(['白沙村']);
    const blocks = parseReply('白沙村：\n低保户数9户\n石桥：\n低保户数12户', dibao('石桥村'));
    expect(summary(blocks.values)).toEqual(['dibao_households=12@2026-11']);
  });

  it('a label that starts like a place name is no unit (农村低保户数)', () => {
    expect(summary(parseReply('农村低保户数12户', dibao('石桥村')).values)).toEqual(['dibao_households=12@2026-11']);
  });
});

describe('units the reporter speaks for', () => {
  const town = {
    ...dibao('朱沱镇'),
    others: [
      { id: 'shiqiao', name: '石桥村', candidates: [open(F.dibaoHouseholds), open(F.dibaoPersons)] },
      { id: 'baisha', name: '白沙村', candidates: [open(F.dibaoHouseholds)] },
    ],
  };
  const byUnit = (text: string) => parseReply(text, town).values.map((v) => `${v.unit ?? 'own'}:${v.field}=${v.value}`).sort();

  it('table rows and lines naming them are read against their own asks and carry their id', () => {
    expect(byUnit('单位 户数 人数\n石桥村 12 20\n白沙村 9 15')).toEqual([
      'baisha:dibao_households=9', 'shiqiao:dibao_households=12', 'shiqiao:dibao_persons=20',
    ]);
    expect(byUnit('石桥村：低保户数12户\n白沙村：低保户数9户\n朱沱镇：低保户数30户')).toEqual([
      'baisha:dibao_households=9', 'own:dibao_households=30', 'shiqiao:dibao_households=12',
    ]);
  });

  it('a figure the village was not asked for is that village\'s unasked item, and other units are noted', () => {
    const r = parseReply('白沙村：低保户数9户，低保人数15人\n黄河村：低保户数3户', { ...town, dictionary: [F.dibaoHouseholds, F.dibaoPersons] });
    expect(r.values.map((v) => `${v.unit}:${v.field}=${v.value}`)).toEqual(['baisha:dibao_households=9']);
    expect(r.unasked).toEqual([{ unit: 'baisha', field: 'dibao_persons', raw: '15人' }]);
    expect(r.otherUnits).toEqual(['黄河村']);
  });
});

describe('units named clause by clause', () => {
  const town = {
    ...dibao('朱沱镇'),
    others: [{ id: 'shiqiao', name: '石桥村', candidates: [open(F.dibaoHouseholds)] }, { id: 'baisha', name: '白沙村', candidates: [open(F.dibaoHouseholds)] }],
  };
  it('石桥村低保户12户，白沙村低保户9户: each clause is its unit\'s, never one overwriting the other', () => {
    expect(parseReply('石桥村低保户12户，白沙村低保户9户', town).values.map((v) => `${v.unit}=${v.value}`)).toEqual(['shiqiao=12', 'baisha=9']);
    const village = parseReply('石桥村低保户12户，白沙村低保户9户', dibao('石桥村'));
    expect(summary(village.values)).toEqual(['dibao_households=12@2026-11']);
    expect(village.otherUnits).toEqual(['白沙村']);
  });

  it('其他村 / 其中石桥村 are no units of their own', () => {
    expect(parseReply('石桥村低保户12户，其他村没有', dibao('石桥村')).otherUnits).toEqual([]);
    const r = parseReply('朱沱镇低保户30户，其中石桥村12户', town);
    expect(r.values.map((v) => `${v.unit ?? 'own'}=${v.value}`)).toEqual(['own=30']);
    expect(r.otherUnits).toEqual([]);
  });
});

describe('the reporter\'s own name', () => {
  it('without its suffix at the start of a line is no label', () => {
    const c = { ...ctx(open(F.jiuxiao), open(F.inspected)), unitName: '华新社区' };
    expect(summary(parseReply('华新：九小场所56家\n华新 已检查48家', c).values)).toEqual(['inspected_venues=48@2026-11', 'jiuxiao_venues=56@2026-11']);
  });
});
