// Blanking spans keeps every index of the text in place.
import { describe, expect, it } from 'vitest';
import { blank, blankMatches, blankSpans, escapeRegExp, overlaps, spansOf, within } from '../../../src/domain/text/spans.js';

describe('spans', () => {
  it('blanks spans, overlapping or out of order, without moving anything', () => {
    expect(blankSpans('abcdefgh', [[5, 7], [1, 3], [2, 4]])).toBe('a   e  h');
    expect(blankSpans('abc', [[1, 9]], '|')).toBe('a||');
    expect(blank('abcdef', 2, 4)).toBe('ab  ef');
    expect(blankMatches('a1b22c', /\d+/g)).toBe('a b  c');
  });

  it('finds, tests and escapes', () => {
    expect(spansOf(/b+/g, 'abbcb')).toEqual([[1, 3], [4, 5]]);
    expect(within(2, [[1, 3]])).toBe(true);
    expect(within(3, [[1, 3]])).toBe(false);
    expect(overlaps(2, 5, [[4, 6]])).toBe(true);
    expect(new RegExp(escapeRegExp('(a.b)')).test('(a.b)')).toBe(true);
  });
});
