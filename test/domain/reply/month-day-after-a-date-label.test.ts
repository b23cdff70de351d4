// 慰问日期12.1: a month and a day typed with a dot after a date field's label are that date, and never a figure for a
// count (which would be asked back as a non-whole number).
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';
import { G } from './fields-fresh4.js';

describe('a month and a day typed with a dot', () => {
  it('after a date label is the date, no figure', () => {
    const r = parseReply('走访弄好了 慰问日期12.1', ctx(open(G.visited), open(G.visitsDone), open(G.visitDate)));
    expect(summary(r.values)).toEqual(['wa_date="2026-12-01"@2026-11', 'wa_done=true@2026-11']);
    expect(r.invalid).toEqual([]);
  });

  it('after a count label is still a figure to check', () => {
    const r = parseReply('走访户数12.1', ctx(open(G.visited), open(G.visitDate)));
    expect(r.invalid.map((i) => i.field)).toEqual(['wa_visited']);
  });
});
