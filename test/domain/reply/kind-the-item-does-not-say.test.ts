// KIND_THE_ITEM_DOES_NOT_SAY (other-kind.ts): every name of the item says a kind of its own before the noun it shares with the
// label (城乡居民 医保, 生 猪存栏, 特困 供养), and the label opens on other words in that place (职工医保, 能繁母猪存栏, 分散供养特困):
// a narrower or another kind, whose figure never fills the wider item. Words of time or doing before the noun (今天又确认了) are
// no kind, and a label that shares only how the thing is counted (鸡鸭存栏 for 家禽存栏) names the thing itself.
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';

const field = (key: string, label: string, aliases: string[], unit: string) =>
  ({ key, label, aliases, type: 'integer', unit, min: 0 }) as FieldDef;
const residentsMedical = field('yb_res', '城乡居民医保参保人数', ['居民医保参保人数', '居民医保'], '人');
const residentsPension = field('yl_res', '城乡居民养老保险参保人数', ['居民养老保险参保人数', '居民养老保险', '城乡养老保险'], '人');
const pigs = field('zz_cl', '生猪存栏', ['存栏生猪', '生猪存栏量'], '头');
const destitute = field('tk', '特困供养人员', ['特困人员', '特困供养人数'], '人');
const confirmed = field('ya_conf', '已完成年度确认人数', ['已确认人数', '已确认', '年度确认人数'], '人');
const poultry = { ...field('poultry', '家禽存栏', ['禽存栏', '家禽存栏数'], '万羽'), type: 'number' } as FieldDef;
const read = (text: string, ...fields: FieldDef[]) => summary(parseReply(text, ctx(...fields.map((f) => open(f)))).values);

describe('a kind the item does not say is no figure of it', () => {
  it('职工医保212人 is not the residents’ scheme; 城乡居民医保1433人 beside it is', () => {
    expect(read('职工医保212人，城乡居民医保1433人', residentsMedical)).toEqual(['yb_res=1433@2026-11']);
    expect(read('职工医保参保的有160人', residentsMedical)).toEqual([]);
  });
  it('职工养老保险36人 is not 城乡居民养老保险参保人数', () => {
    expect(read('居民医保参保1207人，职工养老保险36人', residentsMedical, residentsPension)).toEqual(['yb_res=1207@2026-11']);
  });
  it('能繁母猪存栏1030头 is not 生猪存栏', () => {
    expect(read('能繁母猪存栏1030头', pigs)).toEqual([]);
  });
  it('分散供养特困9人 is not all 特困供养人员', () => {
    expect(read('分散供养特困9人', destitute)).toEqual([]);
  });
  it('words of time or doing are no kind: 今天确认了12个 still counts', () => {
    expect(read('今天确认了12个', confirmed)).toEqual(['ya_conf=12@2026-11']);
  });
  it('numbers and words of another name of the item are no kind: 八十周岁以上老人, 上周巡山巡查', () => {
    const elderly = field('elderly_80plus', '80周岁以上老年人数', ['高龄老人数', '80岁以上老人数'], '人');
    expect(read('八十周岁以上老人一千三百零六人', elderly)).toEqual(['elderly_80plus=1306@2026-11']);
    const patrol = field('forest_patrol', '森林防火巡查人次', ['防火巡查人次', '巡山人次', '护林巡查人次'], '人次');
    expect(read('巡山巡查36人次，没有发现火情', patrol)).toEqual(['forest_patrol=36@2026-11']);
  });
  it('a label sharing only how the thing is counted names the thing: 鸡鸭存栏8.6万只 is 家禽存栏', () => {
    expect(read('鸡鸭存栏8.6万只', poultry)).toEqual(['poultry=8.6@2026-11']);
  });
});
