// A yes/no item is answered by the polarity of the clause said about its object, whatever the verb: the object (one of
// the item's names, or what 是否 asks about, or its last two characters), words of time or scope, then a negation (no),
// a start for a thing to set up (今天开始建了, 正在弄: no), or a verb with what says it happened (搞了三次, 去年就有了,
// 已经…兼任了: yes); or the verb first and the object at the end (搞了产销对接). Not where the object's words are part of
// another item's name (宣传 in 宣传材料发了).
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';

const int = (key: string, label: string, aliases: string[], unit: string): FieldDef => ({ key, label, aliases, type: 'integer', unit, min: 0 });
const bool = (key: string, label: string, aliases: string[]): FieldDef => ({ key, label, aliases, type: 'boolean' });
const ledger = bool('ledger', '是否建立志愿服务台账', ['志愿服务台账', '台账']);
const talks = int('talks', '移风易俗宣讲次数', ['移风易俗宣讲', '宣讲'], '次');
const checkpoint = bool('checkpoint', '是否设卡检查', ['设卡检查', '设卡']);
const shops = int('shops', '检查零售网点数', ['零售网点', '网点'], '家');
const fair = bool('fair', '是否开展产销对接活动', ['产销对接活动', '产销对接']);
const price = { key: 'price', label: '收购价', aliases: [], type: 'number', unit: '元/斤', min: 0 } as FieldDef;
const keeper = bool('keeper', '是否配备专兼职管理员', ['专兼职管理员', '管理员']);
const books = int('books', '图书藏量', ['藏书', '图书'], '册');
const fire = bool('fire', '是否开展森林防火宣传', ['森林防火宣传', '防火宣传']);
const leaflets = int('leaflets', '发放宣传材料份数', ['宣传材料', '宣传单'], '份');

describe('yes/no by the polarity of the clause about its object', () => {
  it('words of time between the object and 有了: yes', () => {
    const r = parseReply('黄花乡宣讲1次，台账去年就有了', ctx(open(ledger), open(talks)));
    expect(summary(r.values)).toEqual(['ledger=true@2026-11', 'talks=1@2026-11']);
  });

  it('a thing to set up, said begun (今天开始建了): no', () => {
    const r = parseReply('泾河源台账今天开始建了', ctx(open(ledger), open(talks)));
    expect(summary(r.values)).toEqual(['ledger=false@2026-11']);
  });

  it('any verb said done, in a voice run between figures (设卡检查搞了三次)', () => {
    const r = parseReply('洪安镇设卡检查搞了三次网点检查了八家', ctx(open(checkpoint), open(shops)));
    expect(summary(r.values)).toEqual(['checkpoint=true@2026-11', 'shops=8@2026-11']);
    // not where the object's words begin another item's name (宣传 in 宣传材料发了)
    expect(summary(parseReply('宣传材料发了150份', ctx(open(fire), open(leaflets))).values)).toEqual(['leaflets=150@2026-11']);
  });

  it('the verb first and the object at the end (搞了产销对接)', () => {
    const r = parseReply('收购价2.6元，搞了产销对接', ctx(open(fair), open(price)));
    expect(summary(r.values)).toEqual(['fair=true@2026-11', 'price=2.6@2026-11']);
  });

  it('已经 and a longer verb phrase (管理员上个月底已经安排村妇联主席兼任了)', () => {
    const r = parseReply('西于村图书1860册是对的，管理员上个月底已经安排村妇联主席兼任了', ctx(open(keeper), open(books)));
    expect(summary(r.values)).toEqual(['books=1860@2026-11', 'keeper=true@2026-11']);
  });
});
