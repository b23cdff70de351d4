// The unit roster: a figure said in another measure of the same kind as the field's (公顷 for 亩, 公斤/千克/斤 for 吨)
// is converted into the field's unit, never stored as written.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';
import { G, L, Z } from './fields-fresh12.js';

describe('the unit roster', () => {
  it('converts 公顷 into a field in 亩', () => {
    const r = parseReply('五横乡：\n1.计划造林80公顷\n2.累计完成56.7公顷\n3.皆伐完成245亩', ctx(open(Z.plan), open(Z.done), open(Z.cut)));
    expect(summary(r.values)).toEqual(['zl_done=850.5@2026-11', 'zl_plan=1200@2026-11', 'zl_pwd=245@2026-11']);
  });

  it('converts 公斤 and 千克 into a field in 吨', () => {
    const r = parseReply('投放点42个，厨余垃圾分出量18,600公斤，可回收物1,650千克', ctx(open(L.points), open(L.kitchen), open(L.recycle)));
    expect(summary(r.values)).toEqual(['lj_kitchen=18.6@2026-11', 'lj_points=42@2026-11', 'lj_recycle=1.65@2026-11']);
  });

  it('converts 万斤 (斤 with 万 before it) into a field in 吨', () => {
    const r = parseReply('中晚稻收了三百六十万斤，粳稻12万斤', ctx(open(G.indica), open(G.japonica), open(G.rapeseed)));
    expect(summary(r.values)).toEqual(['gr_indica=1800@2026-11', 'gr_japonica=60@2026-11']);
  });

  it('leaves the field\'s own measure as written', () => {
    const r = parseReply('中晚籼稻1,849.7吨，粳稻0吨', ctx(open(G.indica), open(G.japonica)));
    expect(summary(r.values)).toEqual(['gr_indica=1849.7@2026-11', 'gr_japonica=0@2026-11']);
  });
});
