// 演练1次（11月12日） / 集中慰问 （12月1日）: a date in brackets right after a clause is said of what the clause names;
// when that names the one open date field, the date is its value. Of two dates only a field of the latest takes one.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';
import { G } from './fields-fresh4.js';

describe('dates in brackets', () => {
  it('after a drill count, is the last drill date', () => {
    const r = parseReply('演练1次（11月12日），参演42人', ctx(open(G.drills), open(G.participants), open(G.lastDrill)));
    expect(summary(r.values)).toEqual(['ff_drills=1@2026-11', 'ff_last_drill="2026-11-12"@2026-11', 'ff_participants=42@2026-11']);
  });

  it('of two dates, the latest for 最近一次演练日期', () => {
    const r = parseReply('演练2次（11月8日、11月20日）', ctx(open(G.drills), open(G.lastDrill)));
    expect(summary(r.values)).toEqual(['ff_drills=2@2026-11', 'ff_last_drill="2026-11-20"@2026-11']);
  });

  it('after a label with a pause, is that date field', () => {
    const r = parseReply('集中慰问 （12月1日）', ctx(open(G.visitDate)));
    expect(summary(r.values)).toEqual(['wa_date="2026-12-01"@2026-11']);
  });

  it('after words that name no date field, is nothing', () => {
    const r = parseReply('参演42人（11月12日）', ctx(open(G.participants), open(G.lastDrill)));
    expect(summary(r.values)).toEqual(['ff_participants=42@2026-11']);
  });
});
