// 并提交年度工作总结 / 报送年度工作报告: 工作 before the report it names says what kind of report it is, it is no duty. The report
// is an item like any other, read with the dictionary (a 工作 that is the duty itself, 做好统计工作, still names nothing).
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, fields, member } from './helpers.js';

const reports: FieldDef[] = [
  { key: 'aid_station_summary', label: '救助站年度工作总结', aliases: [], type: 'text' },
  { key: 'aid_station_report', label: '救助站年度工作报告', aliases: [], type: 'text' },
];
const parse = (text: string) =>
  parseRequest(text, member('lead_mz'), { ...ctxAt('2026-12-05T09:00:00+08:00'), fields: [...fields, ...reports] });

describe('a work report is an item', () => {
  it('a summary handed in with an entry\'s figures is read', () => {
    const r = parse('【区民政局】关于报送救助站全年数据的通知\n各镇街：\n一、全年数据。各镇街组织辖区救助站填报全年临时救助人次，并提交年度工作总结。\n二、请于12月20日前报区民政局。');
    expect(r?.fields).toEqual(expect.arrayContaining(['temp_aid_times', 'aid_station_summary']));
  });

  it('a yearly report named with 工作 is read', () => {
    const r = parse('【区民政局】请各镇街于12月20日前报送临时救助人次和年度工作报告。');
    expect(r?.fields).toEqual(expect.arrayContaining(['temp_aid_times', 'aid_station_report']));
  });

  it('the duty itself still names nothing', () => {
    const r = parse('【区民政局】请各镇街做好统计工作，于12月20日前报送临时救助人次。');
    expect(r?.fields).toEqual(['temp_aid_times']);
    expect(r?.newFields).toEqual([]);
  });
});
