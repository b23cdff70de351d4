// VAGUE_DUE (units-deadline.ts) and the month rule of period.ts: 请在12月第一周内报送11月低保户数 — a week of a month is a due
// time with no day, asked of the lead like 12月中旬前. 12月 was read as the period (2025-12, with 11月 as a doubt) and no due
// time was kept.
import { describe, expect, it } from 'vitest';
import { parserFor } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const ctx = ctxAt('2026-11-20T09:00:00+08:00');
const parse = (text: string) => parserFor(ctx).parse(text, member('lead_mz'), ctx.at);

describe('a week of a month as the due time', () => {
  it('is a vague due time, and the month it names is no period', () => {
    const r = parse('各镇街：请在12月第一周内报送11月低保户数');
    expect(r?.period).toBe('2026-11');
    expect(r?.periodDoubt).toBeUndefined();
    expect(r?.deadline).toBeNull();
    expect(r?.deadlineVague).toBe('12月第一周内');
  });
});
