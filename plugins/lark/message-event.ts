// im.message.receive_v1 → InboundMessage.
import type { InboundMessage } from '../../src/plugins/define.js';
import { contentToText } from './message-content.js';

export interface LarkMention {
  key: string;
  id?: { open_id?: string; user_id?: string; union_id?: string };
  name?: string;
}

export interface LarkMessageEvent {
  sender?: { sender_id?: { open_id?: string }; sender_type?: string };
  message?: {
    message_id?: string;
    chat_id?: string;
    chat_type?: string;
    message_type?: string;
    content?: string;
    create_time?: string;
    mentions?: LarkMention[];
  };
}

export interface MessageContext {
  /** The consolidated channel: other groups the bot is in are ignored. */
  chatId: string;
  botOpenId: string | null;
  botName: string;
  now: Date;
}

/** The message as onetable sees it, or null for what it should not act on (other groups, bots, malformed events). */
export function messageFromEvent(event: LarkMessageEvent, ctx: MessageContext): InboundMessage | null {
  const m = event.message;
  const openId = event.sender?.sender_id?.open_id;
  if (!m?.message_id || !m.chat_id || !openId) return null;
  if (event.sender?.sender_type && event.sender.sender_type !== 'user') return null;
  const chat = m.chat_type === 'p2p'
    ? { kind: 'dm' as const, id: m.chat_id }
    : m.chat_id === ctx.chatId ? { kind: 'channel' as const, id: m.chat_id } : null;
  if (!chat) return null;

  const mentions = m.mentions ?? [];
  const isBot = (x: LarkMention): boolean => (ctx.botOpenId ? x.id?.open_id === ctx.botOpenId : x.name === ctx.botName);
  let text = contentToText(m.message_type ?? 'text', m.content ?? '{}');
  // Longest keys first so @_user_1 never eats the start of @_user_10.
  for (const x of [...mentions].sort((a, b) => b.key.length - a.key.length)) {
    text = text.split(x.key).join(isBot(x) ? `@${ctx.botName}` : `@${x.name ?? ''}`);
  }
  const others = mentions.filter((x) => !isBot(x)).map((x) => x.id?.open_id).filter((id): id is string => !!id);
  const created = Number(m.create_time);

  return {
    platform: 'lark',
    // Lark may deliver one message under several event ids: the message id is what the inbox dedupes on.
    id: m.message_id,
    chat,
    sender: { platformUserId: openId },
    text: text.trim(),
    mentionsBot: mentions.some(isBot),
    ...(others.length ? { mentions: others } : {}),
    at: Number.isFinite(created) && created > 0 ? new Date(created) : ctx.now,
  };
}
