// PARTS_THEN_TOTAL: 特困供养人数：集中4 分散8 合计12 stored nothing (集中 named the unasked 集中供养特困人数, and the total after it
// was taken as that item's too), 检查楼院：平房大杂院4 楼房5 合计9 stored 5 (楼房 named the item itself; the 4 was read as a floor),
// and 苗木：侧柏3000 山杏1500 共4600株 stored 4600 though its parts add up to 4500. Parts, each a few words of its kind and a
// figure, then a sum word and the total: the total is the figure when the parts add up to it, asked about when they do not;
// the parts are never figures of their own.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

const dictionary = (JSON.parse(readFileSync(new URL('../../../data/fields.json', import.meta.url), 'utf8')) as { fields: FieldDef[] }).fields;
const int = (key: string, label: string, aliases: string[], unit: string): FieldDef => ({ key, label, aliases, type: 'integer', unit, min: 0 });
const checked = int('xf_checked', '检查楼院', ['检查楼院数', '排查楼院'], '处');
const found = int('xf_found', '发现火灾隐患', ['发现隐患', '隐患'], '处');
const clutter = int('xf_clutter', '清理可燃杂物', ['清理杂物', '可燃杂物', '清理堆物'], '处');
const trees = int('zs_trees', '栽植苗木株数', ['栽植苗木', '苗木株数', '苗木'], '株');
const keepers = int('zs_keepers', '落实管护人员', ['管护人员', '管护员'], '人');
const read = (text: string, ...fields: FieldDef[]) => parseReply(text, { ...ctx(...fields.map((f) => open(f))), dictionary });

describe('parts then their total', () => {
  it('the total is the figure when the parts add up to it, and no part is an unasked item', () => {
    const r = read('特困供养人数：集中4 分散8 合计12', F.tekun);
    expect(summary(r.values)).toEqual(['tekun_persons=12@2026-11']);
    expect(r.unasked).toEqual([]);
    expect(summary(read('大滩 管护人员 护林员3人 公益岗2人 共5人', keepers).values)).toEqual(['zs_keepers=5@2026-11']);
  });

  it('a part whose words name the item itself, or a floor word that opens a noun, is still a part', () => {
    expect(summary(read('增产路检查楼院：平房大杂院4 楼房5 合计9', checked).values)).toEqual(['xf_checked=9@2026-11']);
  });

  it('parts that do not add up to the total: the total is asked about, nothing stored', () => {
    const r = read('苗木：侧柏3000 山杏1500 共4600株', trees);
    expect(r.values).toEqual([]);
    expect(r.invalid.map((v) => v.field)).toEqual(['zs_trees']);
    expect(read('特困供养人数：集中4 分散8 合计13', F.tekun).values).toEqual([]);
  });

  it('under a label or a total that names the item, parts sharing words with another item are its parts', () => {
    const r = read('隐患：楼道堆物4 私拉乱接2 共7处', found, clutter);
    expect(r.values).toEqual([]);
    expect(r.invalid.map((v) => v.field)).toEqual(['xf_found']);
    const s = read('电缆井堆放杂物3处 飞线充电2处 堵塞安全出口1处 合计隐患6处', found, clutter);
    expect(summary(s.values)).toEqual(['xf_found=6@2026-11']);
    expect(s.invalid).toEqual([]);
  });
});

describe('what is not parts then a total', () => {
  it('figures of units, of periods or of two items are read as before', () => {
    expect(summary(read('上月4户 本月8户 共12户', F.dibaoHouseholds).values)).toEqual(['dibao_households=12@2026-11']);
    expect(summary(read('低保户数128 人数203 共331', F.dibaoHouseholds, F.dibaoPersons).values))
      .toEqual(['dibao_households=128@2026-11', 'dibao_persons=331@2026-11']);
  });

  it('a kind named 农村 is no unit', () => {
    expect(summary(read('低保户：城市30户、农村98户，共128户', F.dibaoHouseholds).values)).toEqual(['dibao_households=128@2026-11']);
  });
});
