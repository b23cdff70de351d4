// 特困供养人数：集中供养12人，分散供养20人 / 城市低保30户，农村低保98户 / 百岁老人男2女5 — two figures for one item, each said of a
// different kind of it, are its parts: the last one was stored as the item's figure. Neither is stored; the reporter is
// asked for the total, and a total said in the same reply (共32人) is read as usual.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

const read = (text: string, ...fields: Array<typeof F.tekun>) => parseReply(text, ctx(...fields.map((f) => open(f))));

describe('parts of an item are not its total', () => {
  it('two kinds of the item: nothing stored, the total asked for', () => {
    const r = read('特困供养人数：集中供养12人，分散供养20人', F.tekun);
    expect(r.values).toEqual([]);
    expect(r.invalid.map((v) => v.reason)).toEqual(['“集中12人”“分散20人”是分项，请回复特困供养人数的合计数']);
  });

  it('city and country, households and persons alike', () => {
    const r = read('城市低保30户50人，农村低保98户153人', F.dibaoHouseholds, F.dibaoPersons);
    expect(r.values).toEqual([]);
    expect(r.invalid.map((v) => v.field).sort()).toEqual(['dibao_households', 'dibao_persons']);
  });

  it('a total said with the parts is the figure', () => {
    expect(summary(read('特困供养人数：集中12人，分散20人，共32人', F.tekun).values)).toEqual(['tekun_persons=32@2026-11']);
    expect(summary(read('特困供养人数32人（集中12人，分散20人）', F.tekun).values)).toEqual(['tekun_persons=32@2026-11']);
  });

  it('one qualified figure, or a total then its breakdown, is read as before', () => {
    expect(summary(read('本月特困供养人数14人，其中集中供养3人', F.tekun).values)).toEqual(['tekun_persons=14@2026-11']);
    expect(summary(read('特困供养人数：集中供养12人', F.tekun).values)).toEqual(['tekun_persons=12@2026-11']);
  });
});

describe('what is not two parts of one item', () => {
  it('counts in two measures are two things', () => {
    const r = read('发放宣传资料200份，宣传活动2次', { ...F.tempTimes, key: 'publicity', label: '宣传活动次数', aliases: ['宣传次数'], unit: '次' });
    expect(r.invalid.filter((v) => /分项/.test(v.reason))).toEqual([]);
  });

  it('an estimate, then the exact figure', () => {
    expect(summary(read('特困供养人数刚才说的三十多，准确数是32人', F.tekun).values)).toEqual(['tekun_persons=32@2026-11']);
  });
});
