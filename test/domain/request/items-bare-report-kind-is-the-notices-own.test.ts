// 关于认真做好建筑业2053年年报和2054年定期报表的通知 … （一）2053年年报: a report or form named by its kind alone (年报, 调查表)
// is the notice's own; it is not read as a dictionary report it merely resembles (物业管理统计年报) whose object the notice
// never says. Where the notice says that object (物业管理统计工作 … 年报), the kind still reads as that report.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, member } from './helpers.js';

const fields: FieldDef[] = [
  { key: 'quick_survey', label: '建筑业企业主要指标月度快速调查表', aliases: ['快速调查表'], type: 'text' },
  { key: 'property_report', label: '物业管理统计报表', aliases: ['物业管理统计年报'], type: 'text' },
  { key: 'demo_summary', label: '示范社申报汇总表', aliases: [], type: 'text' },
  { key: 'demo_application', label: '示范社申报材料', aliases: [], type: 'text' },
];
const parse = (text: string) => parseRequest(text, member('lead_mz'), { ...ctxAt('2026-01-10T09:00:00+08:00'), fields });

describe('a report named by its kind alone', () => {
  it('is not a dictionary report of another object', () => {
    const r = parse([
      '关于认真做好建筑业2025年年报和2026年定期报表的通知',
      '各镇街：',
      '现将有关事项通知如下：',
      '一、报表内容',
      '（一）2025年年报',
      '1.建筑业企业主要指标月度快速调查表（年报）。',
      '二、请于3月5日前报送。',
    ].join('\n'));
    expect(r?.fields).toEqual(['quick_survey']);
  });

  it('still reads as the report whose object the notice says', () => {
    const r = parse([
      '关于做好2025年度物业管理统计工作的通知',
      '各镇街：',
      '请督促辖区物业服务企业于3月5日前报送年报。',
    ].join('\n'));
    expect(r?.fields).toEqual(['property_report']);
  });
});
