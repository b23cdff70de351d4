// 临时救助12人次，共计1.2万: a figure with no measure word after a label that names two open items equally is either; it
// is asked about, never given to one of them by the fuller name (which replaced 12人次 with 12000).
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

const read = (text: string) => parseReply(text, ctx(open(F.tempTimes), open(F.tempAmount)));

describe('a bare figure after a label naming two items equally', () => {
  it('is offered as a choice, and the figure before keeps its value', () => {
    const r = read('临时救助12人次，共计1.2万');
    expect(summary(r.values)).toEqual(['temp_aid_times=12@2026-11']);
    expect(r.choices.map((c) => c.options.map((o) => o.field).sort())).toEqual([['temp_aid_amount', 'temp_aid_times']]);
  });

  it('a measure word still settles it', () => {
    expect(summary(read('临时救助12人次，共计1.2万元').values)).toEqual(['temp_aid_amount=12000@2026-11', 'temp_aid_times=12@2026-11']);
  });
});
