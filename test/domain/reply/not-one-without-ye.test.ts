// 确实一场没搞 / 一场没有: "not one" said without 也 or 都 is no figure 1; 还有一户没去 (one of some) stays as it was.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';
import type { FieldDef } from '../../../src/domain/types.js';

const events: FieldDef = { key: 'lj_events', label: '宣传活动场次', aliases: ['宣传活动', '宣传'], type: 'integer', unit: '场', min: 0 };
const visited: FieldDef = { key: 'hh', label: '走访户数', aliases: ['走访'], type: 'integer', unit: '户', min: 0 };

describe('not one, without 也 or 都', () => {
  it('is never the figure 1 (一场没搞 negates the item\'s doing: a zero)', () => {
    const r = parseReply('燕子河本月宣传活动确实一场没搞，12月有安排', ctx(open(events)));
    expect(summary(r.values)).toEqual(['lj_events=0@2026-11']);
  });

  it('is a zero when said with 没有', () => {
    const r = parseReply('宣传活动本月一场没有', ctx(open(events)));
    expect(summary(r.values)).toEqual(['lj_events=0@2026-11']);
  });

  it('leaves one of some alone', () => {
    const r = parseReply('走访了30户，还有一户没去', ctx(open(visited)));
    expect(summary(r.values)).toEqual(['hh=30@2026-11']);
  });
});
