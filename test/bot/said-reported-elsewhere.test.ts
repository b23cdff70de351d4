// SAID_REPORTED_ELSEWHERE: 周科，已报 / 数据已发邮箱 with nothing on file got "no data found", and the clerk believed the
// figures were in. Now the clerk hears the bot has not got them, and what is still owed.
import { describe, expect, it } from 'vitest';
import { DIBAO_REQUEST } from '../support/harness.js';
import { useConversation } from './conversation.js';

const { bot, AT, dm } = useConversation({ day: '2026-11-23', member: 'zt_jz' });

describe('a clerk saying the figures were sent', () => {
  it('hears that none came in here, and what is owed', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: AT('09:00') });
    for (const [i, text] of ['@周志刚 周科，已报', '数据已发邮箱'].entries()) {
      const said = dm(text, AT(`09:1${i}`));
      expect(said, text).toContain('我这里还没有收到下面这些数据');
      expect(said, text).toContain('低保户数、低保人数');
    }
  });

  it('asking what they reported gets their unit\'s figures', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: AT('09:00') });
    dm('低保户数132户', AT('09:10'));
    expect(dm('帮我看看我报了什么', AT('09:20'))).toContain('低保户数：132户');
  });
});
