// 有一个注销了: what happened to one of those counted (a verb with 了 that names no item) is no figure for the item in force.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';
import { K } from './fields-fresh11.js';

describe('what happened to some of them', () => {
  it('有一个注销了 after a negative figure leaves only the question', () => {
    const r = parseReply('新注册志愿者应该是-1，有一个注销了', ctx(open(K.newVolunteers, '2026-11', true)));
    expect(r.values).toEqual([]);
    expect(r.invalid.map((i) => i.field)).toEqual(['vs_new']);
  });

  it('有3个 followed by the item it counts is read', () => {
    const r = parseReply('新注册志愿者有3个', ctx(open(K.newVolunteers)));
    expect(summary(r.values)).toEqual(['vs_new=3@2026-11']);
  });
});
