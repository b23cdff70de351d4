// （三）年快报：…表式为…, 1.快报：报送时间为…: 快报 / 年快报 name a report, as 年报 and 半年报 do; their 报 is no verb to split
// the entry at or to clean off it.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, member } from './helpers.js';

const fields: FieldDef[] = [
  { key: 'water_annual', label: '供水统计年报', aliases: ['供水年报'], type: 'text' },
  { key: 'water_half', label: '供水统计半年报', aliases: ['供水半年报'], type: 'text' },
  { key: 'water_flash', label: '供水统计快报', aliases: ['供水年快报'], type: 'text' },
];
const parse = (text: string) => parseRequest(text, member('lead_mz'), { ...ctxAt('2026-11-05T09:00:00+08:00'), fields });

describe('a report named by its kind', () => {
  it('年快报 under a heading of report kinds is the flash report', () => {
    const r = parse([
      '关于做好2026年供水统计年报和2027年半年报、快报工作的通知',
      '各镇街：',
      '现将有关事项通知如下：',
      '一、报告期别和报送时间。（一）年报：年报表式为供基1表，12月20日前报送。（二）半年报：表式为供基2表。（三）年快报：表式为供快1表。',
    ].join('\n'));
    expect(r?.fields).toEqual(['water_annual', 'water_half', 'water_flash']);
  });

  it('快报 as an entry of a schedule is the flash report', () => {
    const r = parse([
      '关于做好2026年度供水统计工作的通知',
      '各镇街：',
      '一、报送时间',
      '1.快报：报送时间为2026年12月10日前。',
      '2.年报：报送时间为2026年12月25日前。',
    ].join('\n'));
    expect(r?.fields).toEqual(['water_flash', 'water_annual']);
  });
});
