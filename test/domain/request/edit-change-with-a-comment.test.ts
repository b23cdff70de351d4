// COMMENT_BESIDE_A_CHANGE: 另外朱沱镇不用报，他们已经单独报过 / 时间写错了，应该是10月的数据 — a change with a clause that says
// why, or what went wrong. The comment kept the message from being read as a change: the lead's correction went unanswered
// and figures went on being filed under the period it corrected.
import { describe, expect, it } from 'vitest';
import { parseRequestEdits } from '../../../src/domain/request/edit.js';
import { ctxAt } from './helpers.js';

const ctx = ctxAt('2026-11-20T09:10:00+08:00');
const edits = (text: string) => parseRequestEdits(text, ctx).map((e) =>
  e.kind === 'removeTargets' ? `remove ${e.targets.join()}` : e.kind === 'period' ? `period ${e.period}` : e.kind);

describe('a change beside a comment', () => {
  it('a unit left out, with the reason', () => {
    expect(edits('另外朱沱镇不用报，他们已经单独报过')).toEqual(['remove zhutuo']);
  });

  it('the period corrected, after saying it was wrong', () => {
    expect(edits('时间写错了，应该是10月的数据')).toEqual(['period 2026-10']);
  });

  it('a clause that names an item or a day is no comment', () => {
    expect(edits('朱沱镇不用报，请于11月30日前报送特困供养人数')).toEqual([]);
    expect(edits('朱沱镇不用报，特困供养人数也报一下')).toEqual([]);
  });
});

describe('the period said with 是', () => {
  it('after a word that can only mean the period', () => {
    expect(edits('数据口径是截至11月20日的')).toEqual(['period 2026-11-20']);
    expect(edits('统计期为10月')).toEqual(['period 2026-10']);
  });

  it('a scope said with 口径 is no period', () => {
    expect(edits('口径是户籍人口')).toEqual([]);
  });
});
