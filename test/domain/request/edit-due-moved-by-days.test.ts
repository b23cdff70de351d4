// DUE_SHIFT: 时间往后推两天 / 截止延后3天 / 再宽限一周吧 / 提前一天 — the due day moved by so many days was read as no change, and
// the lead's message went unanswered.
import { describe, expect, it } from 'vitest';
import { parseRequestEdits } from '../../../src/domain/request/edit.js';
import { ctxAt } from './helpers.js';

const ctx = ctxAt('2026-11-20T09:10:00+08:00');
const shift = (text: string) => parseRequestEdits(text, ctx).map((e) => (e.kind === 'deadlineShift' ? e.days : e.kind));

describe('the due day moved by days', () => {
  it('later', () => {
    expect(shift('时间往后推两天')).toEqual([2]);
    expect(shift('截止延后3天')).toEqual([3]);
    expect(shift('再宽限一周吧')).toEqual([7]);
  });

  it('earlier', () => expect(shift('提前一天')).toEqual([-1]));

  it('a day named is still a day, not a shift', () => {
    expect(shift('截止延后到11月30日')).toEqual(['deadline']);
  });
});
