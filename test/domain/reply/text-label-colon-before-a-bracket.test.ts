// 存在问题：（11月）有3个喇叭被雷击过，已修复/更换: a text item's label whose colon ends its clause (a bracket opens right
// after it) owns what follows in the sentence; the 3个喇叭 in it are words of the text, no figure of 已安装喇叭.
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';

const done: FieldDef = { key: 'speakers_done', label: '已安装喇叭', aliases: ['已安装', '已装喇叭', '安装喇叭'], type: 'integer', unit: '个', min: 0 };
const issue: FieldDef = { key: 'issues', label: '存在问题', aliases: ['存在的问题'], type: 'text' };

describe('a text label with its colon before a bracket', () => {
  it('takes the bracket and the rest of the sentence as its value', () => {
    const r = parseReply('杨滩村存在问题：（11月）有3个喇叭被雷击过，已修复/更换', ctx(open(done, '2026-11', true), open(issue)));
    expect(summary(r.values)).toEqual(['issues="（11月）有3个喇叭被雷击过，已修复/更换"@2026-11']);
  });

  it('ends before another item labelled after it', () => {
    const r = parseReply('存在问题：（2处）有3个喇叭被雷击过，已安装9个', ctx(open(done), open(issue)));
    expect(summary(r.values)).toEqual(['issues="（2处）有3个喇叭被雷击过"@2026-11', 'speakers_done=9@2026-11']);
  });
});
