// 请于12月第二周周五前 / 次月初报送: a due time said as part of a month names no day. 周五 after 第二周 was read as this week's
// Friday (a wrong day), and 次月初 was not read as a vague due time at all; both are now the lead's to say (deadlineVague).
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-12-02T10:00:00+08:00'));

describe('a weekday of a numbered week of a month, and 次月初', () => {
  it('12月第二周周五前: no day read, the time is asked', () => {
    const r = parse('各镇街：请于12月第二周周五前报送低保户数。');
    expect(r?.deadline).toBeNull();
    expect(r?.deadlineVague).toBe('12月第二周周五前');
  });

  it('次月初报送: vague, as 下月初', () => {
    const r = parse('各镇街：请于次月初报送本月低保户数。');
    expect(r?.deadline).toBeNull();
    expect(r?.deadlineVague).toBe('次月初');
  });

  it('a plain 周五前 is still this Friday', () => {
    expect(parse('各镇街：请于周五前报送低保户数。')?.deadline?.toISOString()).toBe('2026-12-04T15:59:59.000Z');
  });
});
