// 这个不用报了，市里不要了 — a word pointing at the request, then 不用报了, with a reason after it: the lead withdraws the request.
// Before, it was read as nothing (no edit, no request) and went unanswered, the units still being asked.
import { describe, expect, it } from 'vitest';
import { parseRequestEdits } from '../../../src/domain/request/edit.js';
import { ctxAt } from './helpers.js';

const ctx = ctxAt('2026-11-20T09:10:00+08:00');
const kinds = (text: string) => parseRequestEdits(text, ctx).map((e) => (e.kind === 'removeFields' ? `remove ${e.fields.join()}` : e.kind));

describe('a request said to be no longer needed', () => {
  it('is withdrawn when the words point at the request', () => {
    expect(kinds('这个不用报了，市里不要了')).toEqual(['withdraw']);
    expect(kinds('上一条通知取消，以县局的为准')).toEqual(['withdraw']);
  });

  it('drops only the item when the words name an item', () => {
    expect(kinds('低保户数不用报了，只报人数')).toEqual(['remove dibao_households']);
  });
});
