// 临时救助是15人次还是16人次我记不太清了 / 四十一还是四十二: two figures offered for one item are a doubt about the
// reporter's own figure: neither is stored, the reporter is asked which one (not the requester: it is no question to
// the lead). 还是 meaning "still" (公益岗没变还是六个) offers nothing.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, F, open, summary } from './fixtures.js';

describe('two figures offered for one item', () => {
  it('15人次还是16人次 is asked back, nothing stored, no question to the lead', () => {
    const r = parseReply('临时救助是15人次还是16人次我记不太清了', ctx(open(F.tempTimes), open(F.tempAmount)));
    expect(r.values).toEqual([]);
    expect(r.question).toBe(false);
    expect(r.invalid.map((i) => [i.field, i.reason])).toEqual([['temp_aid_times', '是“15人次”还是“16人次”？请核实后回复准确的数']]);
  });

  it('四十一还是四十二 in Chinese numerals too', () => {
    const r = parseReply('低保人数四十一还是四十二我再核一下', ctx(open(F.dibaoPersons)));
    expect(r.values).toEqual([]);
    expect(r.invalid.map((i) => i.field)).toEqual(['dibao_persons']);
  });

  it('还是 for "still" keeps the figure', () => {
    const r = parseReply('特困人数没变还是六个', ctx(open(F.tekun)));
    expect(summary(r.values)).toEqual(['tekun_persons=6@2026-11']);
  });

  it('a question about the figure with a question mark stays a question', () => {
    const r = parseReply('临时救助15人次是算人次还是户数？', ctx(open(F.tempTimes)));
    expect(r.question).toBe(true);
  });
});
