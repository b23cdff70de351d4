// A notice that asks for reports of different cadences (年报和第四季度报表) asks each for its own period, and a report
// the body names by its form alone (年报, 季度报表) is the title's report of that form.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, fields, member } from './helpers.js';

const extra: FieldDef[] = [
  { key: 'aid_annual', label: '社会救助统计年报', aliases: [], type: 'text' },
  { key: 'aid_quarterly', label: '社会救助统计季度报表', aliases: [], type: 'text' },
];
const parse = (text: string) =>
  parseRequest(text, member('lead_mz'), { ...ctxAt('2027-01-08T09:00:00+08:00'), fields: [...fields, ...extra] });

const NOTICE = '关于填报2026年社会救助统计年报和第四季度报表的通知\n各镇街：\n一、报送时间：年报和第四季度报表请于1月15日前在系统中完成填报。\n二、年报统计周期为2026年全年。';

describe('reports of different cadences', () => {
  it('年报 and 季度报表 named by their form alone are the title\'s two reports', () => {
    expect(parse(NOTICE)?.fields).toEqual(['aid_annual', 'aid_quarterly']);
  });

  it('each report counts its own period: the year for the annual one, the quarter for the quarterly one', () => {
    const r = parse(NOTICE);
    expect(r?.period).toBe('2026');
    expect(r?.periods).toEqual(['2026', '2026-Q4']);
  });

  it('one cadence keeps one period', () => {
    const r = parse('请各镇街于1月15日前报送2026年第四季度社会救助统计季度报表。');
    expect(r?.period).toBe('2026-Q4');
    expect(r?.periods).toBeUndefined();
  });

  it('按月报 is still a verb: the items before it are read', () => {
    expect(parse('低保户数请按月报区民政局，1月15日前。')?.fields).toEqual(['dibao_households']);
  });
});
