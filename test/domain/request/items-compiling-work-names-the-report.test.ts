// 请各镇街做好…年报和地方储备粮油年报的编制工作: the work of compiling (filling in) a report asks for the report.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, member } from './helpers.js';

const fields: FieldDef[] = [
  { key: 'reserve_annual', label: '地方储备粮油年报', aliases: [], type: 'text' },
  { key: 'rural_annual', label: '农村经济统计年报', aliases: [], type: 'text' },
];
const parse = (text: string) => parseRequest(text, member('lead_mz'), { ...ctxAt('2026-02-05T09:00:00+08:00'), fields });

describe('the work of compiling a report', () => {
  it('names the report compiled', () => {
    const r = parse(['关于编制年报的通知', '各镇街：', '请各镇街做好2025年度地方储备粮油年报的编制工作，于2月20日前报县局。'].join('\n'));
    expect(r?.fields).toEqual(['reserve_annual']);
  });

  it('and every report it lists', () => {
    const r = parse(['关于编制年报的通知', '各镇街：', '请各镇街做好农村经济统计年报和地方储备粮油年报填报工作，于2月20日前报县局。'].join('\n'));
    expect(r?.fields).toEqual(['rural_annual', 'reserve_annual']);
  });
});
