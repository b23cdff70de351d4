// Conversation ids have one text form, read back to the same id; anything else is refused.
import { describe, expect, it } from 'vitest';
import { decodeChatId, encodeChatId, type ChatId } from '../../src/chat/chat-id.js';

describe('chat ids', () => {
  it.each<[ChatId, string]>([
    [{ kind: 'channel' }, 'channel'],
    [{ kind: 'dm', memberId: 'zt_jz' }, 'dm:zt_jz'],
    [{ kind: 'stranger', platform: 'lark', userId: 'ou_a:b' }, 'dm:?lark:ou_a:b'],
  ])('%j is written %s and read back', (id, text) => {
    expect(encodeChatId(id)).toBe(text);
    expect(decodeChatId(text)).toEqual(id);
  });

  it.each(['', 'dm:', 'group', 'dm:?lark', 'dm:?lark:', 'dm:?:ou_a', 'Channel'])('refuses %j', (text) => {
    expect(decodeChatId(text)).toBeNull();
  });
});
