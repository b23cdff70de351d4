// 于2月底前完成统计数据和分析报告的上报工作: the work of handing something in, said as a noun after 的 (…的上报工作 /
// …的报送工作) and done (完成) or to be done well (做好), names what is handed in, as 编制 / 填报工作 already did.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, member } from './helpers.js';

const fields: FieldDef[] = [
  { key: 'equipment_stats', label: '教育技术装备统计表', aliases: [], type: 'text' },
  { key: 'equipment_report', label: '教育技术装备统计分析报告', aliases: [], type: 'text' },
  { key: 'reserve_annual', label: '地方储备粮油年报', aliases: [], type: 'text' },
];
const parse = (text: string) => parseRequest(text, member('lead_mz'), { ...ctxAt('2026-12-05T09:00:00+08:00'), fields });

describe('the work of handing in', () => {
  it('names what is handed in', () => {
    const r = parse(['关于做好装备统计工作的通知', '各乡镇中心学校：', '请于2027年2月底前完成教育技术装备统计表和分析报告的上报工作。'].join('\n'));
    expect(r?.fields).toEqual(['equipment_stats', 'equipment_report']);
  });

  it('said with 做好 and 报送工作 too', () => {
    const r = parse(['关于装备统计的通知', '各乡镇中心学校：', '请各校做好教育技术装备统计分析报告的报送工作，于2月20日前报县局。'].join('\n'));
    expect(r?.fields).toEqual(['equipment_report']);
  });
});
