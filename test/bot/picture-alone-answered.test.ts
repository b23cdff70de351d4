// A reply that is only a picture, a voice message or a file ([图片] / [语音] / [文件], as a chat app shows them) is told
// that the bot cannot read what they hold and asked to type the figures, not told the message has no figures in it.
import { describe, expect, it } from 'vitest';
import { DIBAO_REQUEST, useHarness } from '../support/harness.js';

const bot = useHarness();

describe('a picture alone', () => {
  it('is answered: the bot cannot read it, type the figures', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: '2026-11-23T09:00:00+08:00' });
    for (const text of ['[图片]', '[语音]', '[图片][图片]']) {
      const out = bot().send('zt_jz', 'dm', text, { at: '2026-11-24T10:00:00+08:00' }).out.find((m) => m.chat === 'dm:zt_jz')!.text;
      expect(out).toContain('图片、语音和文件里的内容我读不到');
      expect(out).not.toContain('没有找到');
    }
  });
});
