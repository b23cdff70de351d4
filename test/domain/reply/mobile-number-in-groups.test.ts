// 王芳 138 1234 5678: a mobile number written in groups, like one written whole (13812345678), is a contact, never a figure
// (its middle group 1234 was filed as the open count).
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, F, open, summary } from './fixtures.js';

describe('a mobile number written in groups', () => {
  it('138 1234 5678 after a name gives no figure', () => {
    const r = parseReply('王芳 138 1234 5678', ctx(open(F.dibaoHouseholds)));
    expect(summary(r.values)).toEqual([]);
  });

  it('138-1234-5678 after the figures leaves them as said', () => {
    const r = parseReply('低保户数12户，有事打138-1234-5678', ctx(open(F.dibaoHouseholds)));
    expect(summary(r.values)).toEqual(['dibao_households=12@2026-11']);
  });
});
