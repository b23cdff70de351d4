import { describe, expect, it } from 'vitest';
import { parseChineseInteger } from '../../../src/domain/numbers.js';

describe('parseChineseInteger', () => {
  it.each([
    ['一百二十', 120], ['二百零八', 208], ['十二', 12], ['十', 10], ['三十一', 31], ['一千零五', 1005],
    ['二十万', 200_000], ['一万二千', 12_000], ['一万零五百', 10_500], ['二〇二六', 2026],
    // Colloquial: a trailing digit right after a unit counts in the next unit down.
    ['一百二', 120], ['一千二', 1200], ['三万五', 35_000], ['两万三', 23_000], ['一百零二', 102],
  ])('%s → %d', (text, value) => {
    expect(parseChineseInteger(text)).toBe(value);
  });
});
