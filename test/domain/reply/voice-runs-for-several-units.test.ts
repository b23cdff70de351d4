// A town clerk's voice run for several villages, several items said to be nil in one breath, and a label after a
// pause or after 了 that names an item nobody asked: each figure goes to the unit and item the words before it name.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctx, F, open, summary } from './fixtures.js';

const visited: FieldDef = { key: 'visited_households', label: '走访困难户数', aliases: ['走访困难户'], type: 'integer', unit: '户', min: 0 };
const elders: FieldDef = { key: 'elders_visited', label: '探访独居老人人数', aliases: ['独居老人'], type: 'integer', unit: '人', min: 0 };
const quilts: FieldDef = { key: 'quilts', label: '发放棉被床数', aliases: ['棉被'], type: 'integer', unit: '床', min: 0 };
const asked = [open(visited), open(elders), open(quilts)];
const town = {
  ...ctx(), unitName: '石龙镇',
  others: [
    { id: 'heba', name: '河坝村', candidates: asked },
    { id: 'liushu', name: '柳树村', candidates: asked },
  ],
};
const byUnit = (t: string) => parseReply(t, town).values.map((v) => `${v.unit}:${v.field}=${v.value}`).sort();

describe('a town clerk speaking for several villages in one run', () => {
  it('a village\'s full name after other words starts that village\'s figures', () => {
    expect(byUnit('河坝村走访困难户十二户独居老人五个柳树村走访困难户八户')).toEqual([
      'heba:elders_visited=5', 'heba:visited_households=12', 'liushu:visited_households=8',
    ]);
  });
  it('a village named after a pause too, and several 没有 in one breath are each a zero', () => {
    expect(byUnit('河坝村独居老人没有棉被没有发 柳树村棉被二十床')).toEqual([
      'heba:elders_visited=0', 'heba:quilts=0', 'liushu:quilts=20',
    ]);
  });
  it('其中 before a village\'s name keeps it a part of the reporter\'s own figure', () => {
    expect(byUnit('全镇走访困难户30户，其中河坝村12户')).toEqual([]);
  });
});

describe('a label after a pause or after 了 that names an item nobody asked', () => {
  const dictionary = [F.dibaoHouseholds, F.dibaoPersons, F.tekun, F.ratio];
  const c = { ...ctx(open(F.ratio, '2026-11', true), open(F.dibaoHouseholds, '2026-11', true)), dictionary };
  it('覆盖率没算错 特困人员再加2个 adds nothing to the rate', () => {
    const r = parseReply('覆盖率没算错 特困人员再加2个', c);
    expect(summary(r.values)).toEqual([]);
    expect(r.changes).toEqual([]);
  });
  it('低保户核完了特困人员3个: the figure is not the households\'', () => {
    expect(summary(parseReply('低保户核完了特困人员3个', c).values)).toEqual([]);
  });
});
