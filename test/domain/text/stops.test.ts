import { describe, expect, it } from 'vitest';
import { spanEnd, spanStart, stopsOf } from '../../../src/domain/text/stops.js';

const MARK = /[。；,\n]/;

/** The scan the stops replace: back to just after the previous mark, forward to the next one. */
function scanned(text: string, start: number, end: number): [number, number] {
  let from = start, to = end;
  while (from > 0 && !MARK.test(text[from - 1]!)) from--;
  while (to < text.length && !MARK.test(text[to]!)) to++;
  return [from, to];
}

describe('the span that holds a position, from stops found once per text', () => {
  it('is the span a scan from that position finds, at every position of texts with and without marks', () => {
    const texts = ['', '。', '请各镇街于12月31日前报送', '一、统计时间。本次截止到12月25日；\n二、报送,要求。', '；；a。b\n\nc,'];
    for (const text of texts) {
      const stops = stopsOf(text, MARK);
      for (let start = 0; start <= text.length; start++) {
        for (let end = start; end <= Math.min(text.length, start + 3); end++) {
          expect([spanStart(stops, start), spanEnd(stops, end, text.length)], `${JSON.stringify(text)} ${start}-${end}`).toEqual(scanned(text, start, end));
        }
      }
    }
  });

  it('follows a new text rather than answering from the last one asked', () => {
    expect(stopsOf('甲。乙', MARK)).toEqual([1]);
    expect(stopsOf('甲乙。', MARK)).toEqual([2]);
  });
});
