// 12月31日以前经民政部门审核认定、目前仍在保的低保家庭 / 5月底以前已纳入保障的低保人数: a day with 前 that opens a relative clause bounds
// what is covered, however long the clause and whether the day is past or ahead; it is no due day. A day whose clause asks
// (前按要求的格式报送) stays due.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-05-12T09:00:00+08:00'));

describe('a day that opens a bounding clause', () => {
  it('a past day before a long clause bounds who is counted', () => {
    const r = parse('统计范围：2025年12月31日以前经民政部门审核认定、目前仍在保的低保家庭。请各镇报送低保户数。');
    expect(r?.fields).toEqual(['dibao_households']);
    expect(r?.deadline).toBeNull();
  });

  it('a day ahead before a clause bounds what is counted', () => {
    const r = parse('请各镇统计今年5月底以前已纳入保障的低保人数。');
    expect(r?.fields).toEqual(['dibao_persons']);
    expect(r?.deadline).toBeNull();
  });

  it('a clause that asks keeps the day due', () => {
    const r = parse('请各镇于5月20日前按要求的格式报送低保户数。');
    expect(r?.deadline?.toISOString()).toBe('2026-05-20T15:59:59.000Z');
  });
});
