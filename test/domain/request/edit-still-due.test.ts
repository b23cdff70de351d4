// STILL_DUE: 截止时间不变，仍为11月26日 — the due day restated is read as that due day (it went unanswered).
import { describe, expect, it } from 'vitest';
import { parseRequestEdit, parseRequestEdits } from '../../../src/domain/request/edit.js';
import { ctxAt } from './helpers.js';

const ctx = (): ReturnType<typeof ctxAt> => ctxAt('2026-11-23T10:00:00+08:00');

describe('a due day restated', () => {
  it.each(['截止时间不变，仍为11月26日', '截止时间仍为11月26日', '还是11月26日前'])('%s is the due day 11-26', (text) => {
    const edits = parseRequestEdits(text, ctx());
    expect(edits).toHaveLength(1);
    expect(edits[0]).toMatchObject({ kind: 'deadline' });
    expect((edits[0] as { deadline: Date }).deadline.toISOString()).toBe('2026-11-26T15:59:59.000Z');
  });

  it.each(['还是11月的数据', '仍为零', '依然是低保户数'])('%s is no due day', (text) => {
    expect(parseRequestEdit(text, ctx())?.kind).not.toBe('deadline');
  });
});
