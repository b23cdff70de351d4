// 特困这块归社事办老张管，我问问他 / 还有2个村没报上来: the clerk will ask the colleague who has the figure, or waits on the
// villages — the figure comes later (PENDING),
// not a message with "no data found" in it.
import { describe, expect, it } from 'vitest';
import { isPending } from '../../../src/domain/reply/intents.js';

describe('asking the one who has the figure first', () => {
  for (const text of ['特困这块归社事办老张管，我问问他', '我去问一下老张', '人数我再问下']) {
    it(`is pending: ${text}`, () => expect(isPending(text)).toBe(true));
  }

  it('a question about the figure is not', () => {
    expect(isPending('问一下，低保户数是按户籍算吗？')).toBe(false);
  });
});

describe('figures from below not in yet', () => {
  it('is pending: 还有2个村没报上来', () => expect(isPending('还有2个村没报上来')).toBe(true));
});
