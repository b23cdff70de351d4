// 新增安装APP 210人，上月是180人，发案0起: a clause naming a period nobody asked, with a figure and no item of its own,
// after another figure, is a comparison beside that figure: its period holds only inside it.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { AT, open, summary } from './fixtures.js';
import { H } from './fields-fresh10.js';

const context = (...periods: string[]) => ({
  at: AT, timezone: 'Asia/Shanghai',
  candidates: periods.flatMap((p) => [open(H.app, p), open(H.cases, p), open(H.events, p)]),
});

describe('a period said in comparison', () => {
  it('does not carry to the next items', () => {
    const r = parseReply('本月新增安装APP 210人，上月是180人，发案0起，宣传活动3场', context('2026-11'));
    expect(summary(r.values)).toEqual(['fz_app=210@2026-11', 'fz_cases=0@2026-11', 'fz_events=3@2026-11']);
  });

  it('a period that is asked is no comparison: its figure is stored', () => {
    const r = parseReply('11月新增安装APP 210人，10月180人', context('2026-11', '2026-10'));
    expect(summary(r.values)).toEqual(['fz_app=180@2026-10', 'fz_app=210@2026-11']);
  });
});
