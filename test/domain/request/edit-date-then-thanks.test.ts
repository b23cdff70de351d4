// 截止时间改为11月30日。谢谢各位 — the new date ends at the full stop; read with the thanks after it, it was no date, so the
// edit was not made and the lead heard nothing at all.
import { describe, expect, it } from 'vitest';
import { parseRequestEdit } from '../../../src/domain/request/edit.js';
import { formatZoned } from '../../../src/domain/time.js';
import { ctxAt } from './helpers.js';

const ctx = ctxAt('2026-11-20T09:10:00+08:00');

describe('a new due day, then thanks', () => {
  it('ends at the full stop', () => {
    for (const text of ['截止时间改为11月30日。谢谢各位', '截止时间延长到11月30日！辛苦大家']) {
      const e = parseRequestEdit(text, ctx);
      expect(e?.kind === 'deadline' && formatZoned(e.deadline, 'Asia/Shanghai')).toBe('2026-11-30T23:59:59+08:00');
    }
  });
});
