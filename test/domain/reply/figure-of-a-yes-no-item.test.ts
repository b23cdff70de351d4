// A figure whose words name a yes/no item better than any count (防火宣传搞了两次 beside 是否开展森林防火宣传 and 宣传材料 in
// 份; 集中充电点建了一个 beside 是否建成集中充电点 and 飞线充电 in 处) says how often or how many of that thing was done: it is
// never a count's figure. The yes/no is read from the clause.
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';

const int = (key: string, label: string, aliases: string[], unit: string): FieldDef => ({ key, label, aliases, type: 'integer', unit, min: 0 });
const patrol = int('patrol', '护林员巡林次数', ['巡林次数', '巡林'], '次');
const leaflets = int('leaflets', '发放宣传材料份数', ['宣传材料', '宣传资料', '宣传单'], '份');
const fire = { key: 'fire', label: '是否开展森林防火宣传', aliases: ['森林防火宣传', '防火宣传'], type: 'boolean' } as FieldDef;
const visits = int('visits', '入户宣传户数', ['入户宣传'], '户');
const fly = int('fly', '飞线充电处数', ['飞线充电'], '处');
const station = { key: 'station', label: '是否建成集中充电点', aliases: ['集中充电点', '充电点'], type: 'boolean' } as FieldDef;

describe('a figure of a yes/no item is no count\'s', () => {
  it('防火宣传搞了两次 is no count of leaflets', () => {
    const r = parseReply('梓桐村巡林24次，防火宣传开展了三次', ctx(open(patrol), open(leaflets), open(fire)));
    expect(summary(r.values)).toEqual(['fire=true@2026-11', 'patrol=24@2026-11']);
  });

  it('集中充电点建了一个 is no count of 飞线充电', () => {
    const r = parseReply('正街社区入户宣传1,105户，集中充电点建了一个在菜市场旁边', ctx(open(visits), open(fly), open(station)));
    expect(summary(r.values)).toEqual(['station=true@2026-11', 'visits=1105@2026-11']);
  });
});
