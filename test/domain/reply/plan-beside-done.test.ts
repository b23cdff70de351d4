// PLAN_BESIDE_DONE (src/domain/reply/plan-beside-done.ts): 山坪塘整治计划5口 完成3口 / 化粪池计划25个，完成21个 — the plan said
// before what was done is no figure of the item when nobody asked the plan: the done figure is. Before, the plan was stored
// as the item's (5口, 25个) and the done figure went by the piece 完成 to a money item named 完成投资 (3口 as 3万元).
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';

const int = (key: string, label: string, aliases: string[], unit: string): FieldDef => ({ key, label, aliases, type: 'integer', unit, min: 0 });
const ponds = int('ponds', '山坪塘整治', ['整治山坪塘', '山坪塘'], '口');
const dredged = int('dredged', '渠道清淤', ['清淤', '渠道清淤长度'], '米');
const invest: FieldDef = { key: 'invest', label: '完成投资', aliases: ['投资'], type: 'number', unit: '万元', min: 0 };
const toilets = int('toilets', '户厕改造完成户数', ['改厕完成户数'], '户');
const tanks = int('tanks', '新建三格式化粪池', ['三格式化粪池', '化粪池'], '个');
const planted = int('planted', '计划造林', ['造林计划'], '亩');
const plantedDone = int('planted_done', '累计完成造林', ['完成造林'], '亩');

describe('the plan beside what was done', () => {
  const water = ctx(open(ponds), open(dredged), open(invest));

  it('stores the done figure, not the plan, for the item named', () => {
    expect(summary(parseReply('山坪塘整治计划5口 完成3口', water).values)).toEqual(['ponds=3@2026-11']);
    expect(summary(parseReply('计划整治山坪塘4口，已完成2口，投资12.6万元', water).values)).toEqual(['invest=12.6@2026-11', 'ponds=2@2026-11']);
    expect(summary(parseReply('渠道清淤计划2000米，目前完成1200米', water).values)).toEqual(['dredged=1200@2026-11']);
    expect(summary(parseReply('计划清淤两千米 完成了一千五百米', water).values)).toEqual(['dredged=1500@2026-11']);
  });

  it('when the item done is named by a word the done figure\'s measure does not fit', () => {
    expect(summary(parseReply('金竹村三格式化粪池计划25个，完成21个', ctx(open(toilets), open(tanks))).values)).toEqual(['tanks=21@2026-11']);
  });

  it('leaves 完成 to name the item that counts what was done in that measure', () => {
    expect(summary(parseReply('大坪村计划20户，完成17户', ctx(open(toilets), open(tanks))).values)).toEqual(['toilets=17@2026-11']);
  });

  it('leaves both figures alone when the plan is asked', () => {
    expect(summary(parseReply('计划造林500亩，完成造林420亩', ctx(open(planted), open(plantedDone))).values))
      .toEqual(['planted=500@2026-11', 'planted_done=420@2026-11']);
  });
});
