// POINTER: 刚才那条作废 / 上面那个撤回 / 这条不用报了 — a withdrawal pointing at the lead's last message with 那条 / 那个 went
// unanswered, and the request stayed open.
import { describe, expect, it } from 'vitest';
import { parseRequestEdits } from '../../../src/domain/request/edit.js';
import { ctxAt } from './helpers.js';

const ctx = ctxAt('2026-11-20T09:10:00+08:00');
const kinds = (text: string) => parseRequestEdits(text, ctx).map((e) => e.kind);

describe('a withdrawal pointing at the last message', () => {
  for (const text of ['刚才那条作废', '上面那个撤回', '这条不用报了', '刚发的那条撤回', '不好意思发错了，刚才那条作废']) {
    it(text, () => expect(kinds(text)).toEqual(['withdraw']));
  }

  it('an item that is not needed is still removed, not the request', () => {
    expect(kinds('特困供养人数不用报了')).toEqual(['removeFields']);
  });
});
