// COURTESY_FROM_A_LEAD: 谢谢 / 收到 said to the bot by a lead was "这条消息我没有看懂" with the whole help text.
import { describe, expect, it } from 'vitest';
import { useConversation } from './conversation.js';

const { AT, dmAs, channel } = useConversation({ day: '2026-11-23' });

describe('a lead’s courtesy to the bot', () => {
  it('谢谢 in a private chat is answered 不客气', () => {
    expect(dmAs('lead_mz', '谢谢', AT('10:00'))).toBe('不客气。');
  });

  it('@报数助手 收到 in the channel is answered 好的', () => {
    expect(channel('lead_mz', '@报数助手 收到👌', AT('10:00'))).toBe('好的。');
  });

  it('what is no courtesy is still "not understood"', () => {
    expect(dmAs('lead_mz', '天气不错', AT('10:00'))).toContain('没有看懂');
  });
});
