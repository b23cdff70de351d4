import { describe, expect, it } from 'vitest';
import { splitText } from '../../../plugins/wechat/split-text.js';

describe('splitting long texts for WeChat', () => {
  it('keeps a short text whole', () => {
    expect(splitText('你好\n世界', 100)).toEqual(['你好\n世界']);
  });

  it('splits at line boundaries without losing a line', () => {
    const lines = Array.from({ length: 50 }, (_, i) => `第${i + 1}行：燃气隐患数${i}`);
    const chunks = splitText(lines.join('\n'), 120);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.every((ch) => ch.length <= 120)).toBe(true);
    expect(chunks.join('\n').split('\n')).toEqual(lines);
  });

  it('cuts a single over-long line hard', () => {
    const chunks = splitText('甲'.repeat(250), 100);
    expect(chunks.map((ch) => ch.length)).toEqual([100, 100, 50]);
  });
});
