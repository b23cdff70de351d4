// 通知：上面那个低保数据的截止时间延后到12月2日 — 延后到 was not among the verbs of change, so the message was no edit and the lead
// heard nothing at all. A verb of change and its result word combine freely (CHANGE_TO).
import { describe, expect, it } from 'vitest';
import { parseRequestEdits } from '../../../src/domain/request/edit.js';
import { formatZoned } from '../../../src/domain/time.js';
import { ctxAt } from './helpers.js';

const ctx = ctxAt('2026-11-20T09:10:00+08:00');

describe('verbs that move a due day', () => {
  it.each([
    '通知：上面那个低保数据的截止时间延后到12月2日',
    '截止时间推后至12月2日',
    '报送期限放宽到12月2日',
    '截止日期调整到12月2日',
  ])('%s', (text) => {
    const [e] = parseRequestEdits(text, ctx);
    expect(e?.kind === 'deadline' && formatZoned(e.deadline, 'Asia/Shanghai')).toBe('2026-12-02T23:59:59+08:00');
  });
});
