import { describe, expect, it } from 'vitest';
import { parseChineseInteger } from '../../src/domain/numbers.js';

describe('two neighbouring Chinese digits side by side are an approximation (三四户 is three or four)', () => {
  it.each(['三四', '一二十', '两三百', '七八十'])('%s is no figure', (text) => {
    expect(parseChineseInteger(text)).toBeNull();
  });

  it('leaves ordinary and digit-by-digit numbers alone', () => {
    expect(parseChineseInteger('二十三')).toBe(23);
    expect(parseChineseInteger('一百二十')).toBe(120);
    expect(parseChineseInteger('二〇一二')).toBe(2012);
    expect(parseChineseInteger('二〇')).toBe(20);
  });
});
