// Entries of an item list that each name their own period (（一）2026年…（二）2027年计划…) ask for each of them.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-11-24T09:00:00+08:00'));

describe('a period per entry of the item list', () => {
  it('two years in two entries are both periods, the first named first', () => {
    const r = parse('请各镇街于11月30日前报送以下数据：\n（一）2026年低保户数；\n（二）2027年计划危房改造户数。');
    expect(r?.period).toBe('2026');
    expect(r?.periods).toEqual(['2026', '2027']);
  });

  it('a year in the ask sentence beside the list is not added', () => {
    const r = parse('为做好2027年预算，请各镇街于11月30日前报送以下数据：\n（一）2026年低保户数；\n（二）危房改造户数。');
    expect(r?.period).toBe('2026');
    expect(r?.periods).toBeUndefined();
  });

  it('an entry that restates its month (以上数据均为10月当月数) adds no period', () => {
    const r = parse('请各镇街于12月4日前报送以下数据：\n（一）低保户数；\n（二）特困供养人数。\n以上数据均为2026年10月当月数。');
    expect(r?.period).toBe('2026-10');
    expect(r?.periods).toBeUndefined();
  });
});
