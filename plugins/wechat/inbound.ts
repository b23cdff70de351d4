// A wechaty message → the platform-neutral InboundMessage, or null for what the bot ignores
// (its own messages, other rooms, official accounts, anything that is not text).
import { types, type Message, type Room } from 'wechaty';
import type { InboundMessage } from '../../src/plugins/define.js';
import { PLATFORM } from './identity-sync.js';

export interface InboundScope {
  /** Whether a room is the consolidated channel. */
  isChannel(room: Room): Promise<boolean>;
}

const MENTION_SPACE = /[\u2005\u00a0]/g;

export async function toInbound(message: Message, scope: InboundScope, selfId: string): Promise<InboundMessage | null> {
  if (message.self()) return null;
  if (message.type() !== types.Message.Text) return null;
  const talker = message.talker();
  if (talker.type() !== types.Contact.Individual) return null;
  const room = message.room();
  if (room && !(await scope.isChannel(room))) return null;
  let text = message.text().replace(MENTION_SPACE, ' ');
  let mentionsBot = false;
  let mentions: string[] = [];
  if (room) {
    mentionsBot = await message.mentionSelf();
    const mentioned = await message.mentionList();
    mentions = mentioned.filter((c) => c.id !== selfId).map((c) => c.id);
    if (mentionsBot) text = stripSelfMention(text, await selfNames(room, selfId, mentioned));
  }
  const name = talker.name();
  return {
    platform: PLATFORM, id: message.id,
    chat: room ? { kind: 'channel', id: room.id } : { kind: 'dm', id: talker.id },
    sender: { platformUserId: talker.id, ...(name ? { name } : {}) },
    text, mentionsBot, ...(mentions.length ? { mentions } : {}),
    at: message.date(),
  };
}

/** The names the bot goes by in a room: its nickname and its in-room alias. */
async function selfNames(room: Room, selfId: string, mentioned: Array<{ id: string; name(): string }>): Promise<string[]> {
  const self = mentioned.find((c) => c.id === selfId);
  const names = new Set<string>();
  if (self) {
    names.add(self.name());
    const alias = await room.alias(self as Parameters<Room['alias']>[0]).catch(() => undefined);
    if (alias) names.add(alias);
  }
  return [...names].filter(Boolean);
}

export function stripSelfMention(text: string, names: string[]): string {
  let out = text;
  for (const name of names) out = out.split(`@${name}`).join(' ');
  return out.replace(/[ \t]+/g, ' ').replace(/ *\n */g, '\n').trim();
}
