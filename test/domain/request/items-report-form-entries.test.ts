// （一）供销合作社经营总值统计年报表 / （二）系统人员统计年报表: a list entry naming a report form asks for what the form
// records, whatever its kind (统计年报表, 情况汇总表, 月报表).
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, member } from './helpers.js';

const fields: FieldDef[] = [
  { key: 'turnover', label: '供销社经营总值', aliases: [], type: 'number', unit: '万元', min: 0 },
  { key: 'staff', label: '供销系统从业人员', aliases: ['供销社人员数'], type: 'integer', unit: '人', min: 0 },
];
const parse = (text: string) => parseRequest(text, member('lead_mz'), { ...ctxAt('2026-11-05T09:00:00+08:00'), fields });

describe('list entries that name report forms', () => {
  it('each form is what it records', () => {
    const r = parse([
      '关于做好2026年度供销合作社统计年报的通知',
      '各镇基层社：',
      '一、编制内容',
      '（一）供销合作社经营总值统计年报表（表号A101）',
      '（二）供销合作社系统人员统计年报表（表号A105）',
      '二、请于12月20日前报送。',
    ].join('\n'));
    expect(r?.fields).toEqual(['turnover', 'staff']);
  });
});
