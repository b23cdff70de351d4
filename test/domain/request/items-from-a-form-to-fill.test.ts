// 如实填写《清理建设工程项目拖欠工程款和农民工工资情况表》: a form the units are told to fill in names its items by what
// it records — the words between the work it belongs to (清理…) and its kind (情况表) — read like any list of items.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, member } from './helpers.js';

const amount = (key: string, label: string, aliases: string[] = []): FieldDef => ({ key, label, aliases, type: 'number', unit: '万元' });
const fields: FieldDef[] = [
  amount('wages_owed', '欠薪金额', ['被拖欠的农民工工资']),
  amount('project_owed', '拖欠工程款'),
  { key: 'sowing_form', label: '春季作业进度表', aliases: [], type: 'text' },
];
const parse = (t: string) => parseRequest(t, member('lead_mz'), { ...ctxAt('2033-06-09T10:00:00+08:00'), fields });

describe('items from a form to fill in', () => {
  it('a form of a state is read as the figures it records', () => {
    const r = parse('请督促各施工单位如实填写《清理建设工程项目拖欠工程款和农民工工资情况表》，由各镇街汇总后于7月20日前报区住建局。');
    expect(r?.fields).toEqual(['project_owed', 'wages_owed']);
  });

  it('a form the dictionary names is that form', () => {
    expect(parse('请各镇街认真填写《春季作业进度表》，于6月20日前报区农机中心。')?.fields).toEqual(['sowing_form']);
  });
});
