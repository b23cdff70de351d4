// 1. 2027年拟改造户数 under 关于摸排农村危房改造需求的通知: an entry that names only a state (拟 / 已 / 未 and its verb) and a
// measure counts the object the notice is about (STATE_ONLY_ENTRY); 拟改造 (planned) is no 已改造 (PLANNED_STATE).
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, member } from './helpers.js';

const count = (key: string, label: string, aliases: string[] = []): FieldDef => ({ key, label, aliases, type: 'integer', unit: '户', min: 0 });
const fields: FieldDef[] = [
  count('dilapidated', '危房改造户数', ['农村危房改造户数', '危改户数']),
  count('accessible', '无障碍改造户数', ['困难残疾人家庭无障碍改造户数']),
  count('renovated', '已改造户数'),
];
const parse = (text: string) => parseRequest(text, member('lead_mz'), { ...ctxAt('2068-05-06T09:00:00+08:00'), fields });

describe('state-only entries', () => {
  it('a planned count under a notice about 危房改造 is 危房改造户数, not 已改造户数', () => {
    const r = parse('【区住建局】关于摸排农村危房改造需求的通知\n各镇街：\n为编制明年农村危房改造计划，请各镇街对辖区农村危房进行摸排，于5月10日前报送以下数据：\n1.2069年拟改造户数；\n2.今年已改造户数。');
    expect(r?.fields).toEqual(['dilapidated', 'renovated']);
  });

  it('the same entry under a notice about 无障碍改造 is that field', () => {
    const r = parse('【县残联】关于报送困难残疾人家庭无障碍改造需求的通知\n各镇街：\n请于5月10日前报送：1.拟改造户数；2.已改造户数。');
    expect(r?.fields).toEqual(['accessible', 'renovated']);
  });

  it('with no object said anywhere the entry is not guessed into a field', () => {
    const r = parse('请各镇街于5月10日前报送拟改造户数。');
    expect(r?.fields).toEqual([]);
    expect(r?.newFields.map((f) => f.label)).toEqual(['拟改造户数']);
  });
});
