// Conversation ids, in one place: `channel`, `dm:<member id>`, and `dm:?<platform>:<user id>` for someone not on the
// roster. The web page, replay output and the store keep the text form; code passes ChatIds.

export type ChatId =
  | { kind: 'channel' }
  | { kind: 'dm'; memberId: string }
  | { kind: 'stranger'; platform: string; userId: string };

export function encodeChatId(chat: ChatId): string {
  switch (chat.kind) {
    case 'channel': return 'channel';
    case 'dm': return `dm:${chat.memberId}`;
    case 'stranger': return `dm:?${chat.platform}:${chat.userId}`;
  }
}

/** The ChatId of a text form, or null when it is none. */
export function decodeChatId(text: string): ChatId | null {
  if (text === 'channel') return { kind: 'channel' };
  if (!text.startsWith('dm:') || text.length === 3) return null;
  const rest = text.slice(3);
  if (!rest.startsWith('?')) return { kind: 'dm', memberId: rest };
  const colon = rest.indexOf(':');
  if (colon < 2 || colon === rest.length - 1) return null;
  return { kind: 'stranger', platform: rest.slice(1, colon), userId: rest.slice(colon + 1) };
}
