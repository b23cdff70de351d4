// A yes/no item answered by a bare 是 / 否 after its label: a pasted table's yes/no column (a row of figures ending in
// 是, or 是 是 否 under short headers), and the question copied back in short (监测员是否全部落实：是). The label names
// the item by its object said in short (方案 for 是否制定禁烧方案); a label that names a count too keeps 无 a zero.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';
import { N } from './fields-fresh11.js';
import { D, J } from './fields-fresh13.js';

describe('a yes or no after its label', () => {
  it('is read in a pasted row of figures that ends in a yes/no cell', () => {
    const t = '脐橙采摘量（吨）\t脐橙销售量（吨）\t电商销售额（万元）\t平均收购价（元/斤）\t是否开展产销对接活动\n860\t715\t21.5\t2.45\t是';
    const r = parseReply(t, ctx(open(N.picked), open(N.sold), open(N.online), open(N.price), open(N.fair)));
    expect(summary(r.values)).toEqual(['nc_fair=true@2026-11', 'nc_online=21.5@2026-11', 'nc_picked=860@2026-11', 'nc_price=2.45@2026-11', 'nc_sold=715@2026-11']);
  });

  it('is read under short headers that name each item by its object', () => {
    const t = '方案\t宣传\t台账\t巡查人次\t火点\t制止\n是\t是\t否\t４０６\t１\t０';
    const r = parseReply(t, ctx(...Object.values(J).map((f) => open(f))));
    expect(summary(r.values)).toEqual([
      'js_fires=1@2026-11', 'js_ledger=false@2026-11', 'js_patrol=406@2026-11', 'js_plan=true@2026-11', 'js_publicity=true@2026-11', 'js_stopped=0@2026-11',
    ]);
  });

  it('answers the question copied back with its subject said in short', () => {
    const r = parseReply('荣山镇监测员是否全部落实：是', ctx(...Object.values(D).map((f) => open(f, '2026-11-30'))));
    expect(summary(r.values)).toEqual(['dz_monitor=true@2026-11-30']);
    // a label that names a count keeps its 无 a zero of the count
    const zero = parseReply('隐患点：无', ctx(...Object.values(D).map((f) => open(f, '2026-11-30'))));
    expect(summary(zero.values)).toEqual(['dz_points=0@2026-11-30']);
  });
});
