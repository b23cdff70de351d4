// Lines, sentences and clauses as spans of the text; brackets and quotation marks keep their own punctuation.
import { describe, expect, it } from 'vitest';
import { clausesOf, lines, sentencesOf } from '../../../src/domain/text/pieces.js';

describe('pieces of a text', () => {
  const text = '各镇街：\n\n请统计持证残疾人数（含一至四级，已注销的不计入）。于11月30日前报送；谢谢';

  it('keeps the non-blank lines with their places', () => {
    expect(lines(text).map((l) => [l.start, l.text])).toEqual([[0, '各镇街：'], [6, text.slice(6)]]);
  });

  it('ends a sentence at 。；！？ outside brackets, keeping the mark', () => {
    const [, body] = lines(text);
    expect(sentencesOf(text, body!).map((s) => s.text)).toEqual(['请统计持证残疾人数（含一至四级，已注销的不计入）。', '于11月30日前报送；', '谢谢']);
  });

  it('ends a clause at a comma outside brackets and quotation marks', () => {
    const t = '为做好“两项补贴，资金”清算，请各镇街统计（含一至四级，已注销的不计入）';
    expect(clausesOf(t, { start: 0, end: t.length, text: t }).map((c) => c.text))
      .toEqual(['为做好“两项补贴，资金”清算，', '请各镇街统计（含一至四级，已注销的不计入）']);
  });
});
