// 紫荆收购结束了 大岗也结束了 / 花园台账已经建好了，石板的也建了 from a town clerk: a clause whose subject is a village (its
// short name, before 也 or 的也, or before a yes/no item's name) is said of that village, and its predicate, the state
// asked with no item named (也结束了, 也建了), answers the one yes/no item of that village taking the verb. With two such
// items nothing is read.
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply, type ReplyCandidate, type ReplyContext } from '../../../src/domain/reply/parse.js';
import { AT, open } from './fixtures.js';

const yesNo = (key: string, label: string, aliases: string[]): FieldDef => ({ key, label, aliases, type: 'boolean' } as FieldDef);
const finished = yesNo('finished', '是否收购结束', ['收购结束', '收购是否结束']);
const bought = { key: 'bought', label: '已收购烟叶', aliases: ['已收购'], type: 'number', unit: '担', min: 0 } as FieldDef;
const ledger = yesNo('ledger', '是否建立户厕台账', ['户厕台账', '台账']);
const station = yesNo('station', '是否建成集中充电点', ['集中充电点', '充电点']);
const flush = { key: 'flush', label: '水冲卫生厕所户数', aliases: ['水冲'], type: 'integer', unit: '户', min: 0 } as FieldDef;

function town(villages: Array<[string, string]>, fields: FieldDef[]): ReplyContext {
  const candidates: ReplyCandidate[] = fields.map((f) => open(f, '2026-08'));
  return { at: AT, timezone: 'Asia/Shanghai', candidates: [], unitName: '新安镇', others: villages.map(([id, name]) => ({ id, name, candidates })) };
}

const said = (r: ReturnType<typeof parseReply>): string[] =>
  r.values.map((v) => `${v.unit}:${v.field}=${JSON.stringify(v.value)}`).sort();

describe('a state said too of another village', () => {
  it('大岗也结束了 after a pause answers 大岗\'s 是否收购结束', () => {
    const r = parseReply('紫荆收购结束了 大岗也结束了', town([['zijing', '紫荆村'], ['dagang', '大岗村']], [finished, bought]));
    expect(said(r)).toEqual(['dagang:finished=true', 'zijing:finished=true']);
  });

  it('花园台账已经建好了，石板的也建了 answers both villages\' ledger', () => {
    const r = parseReply('花园台账已经建好了，石板的也建了', town([['huayuan', '花园村'], ['shiban', '石板村']], [ledger, flush]));
    expect(said(r)).toEqual(['huayuan:ledger=true', 'shiban:ledger=true']);
  });

  it('也建了 with two yes/no items built reads neither', () => {
    const r = parseReply('花园台账已经建好了，石板的也建了', town([['huayuan', '花园村'], ['shiban', '石板村']], [ledger, station]));
    expect(said(r)).toEqual(['huayuan:ledger=true']);
  });
});
