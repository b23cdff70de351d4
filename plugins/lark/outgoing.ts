// An OutboundMessage as Lark's create-message body: a card when it fits, else text with <at> mentions.
import type { OutboundMessage } from '../../src/plugins/define.js';
import { larkCard } from './cards.js';

/** Lark's limits: a card or post ≤ 30 KB, text ≤ 150 KB. */
export const CARD_LIMIT_BYTES = 30 * 1024;
export const TEXT_LIMIT_BYTES = 150 * 1024;

export interface Mentioned {
  openId: string;
  name: string;
}

export function messageBody(message: OutboundMessage, mentioned: Mentioned[]): { msg_type: string; content: string } {
  if (message.card) {
    const card = larkCard(message.card, mentioned.map((m) => m.openId));
    const content = card && JSON.stringify(card);
    if (content && Buffer.byteLength(content) <= CARD_LIMIT_BYTES) return { msg_type: 'interactive', content };
  }
  return { msg_type: 'text', content: JSON.stringify({ text: textWithMentions(message.text, mentioned) }) };
}

/** "@钱卫东" in the text becomes a real mention; anyone mentioned but not named in it is mentioned up front. */
export function textWithMentions(text: string, mentioned: Mentioned[]): string {
  let out = escapeAtTags(text);
  const front: string[] = [];
  for (const m of mentioned) {
    const tag = `<at user_id="${m.openId}">${escapeAtTags(m.name)}</at>`;
    if (out.includes(`@${m.name}`)) out = out.replace(`@${m.name}`, tag);
    else front.push(tag);
  }
  return truncateBytes(front.length ? `${front.join(' ')} ${out}` : out, TEXT_LIMIT_BYTES - 1024);
}

/** Text that merely looks like an <at> tag must not ping anyone. */
function escapeAtTags(text: string): string {
  return text.replace(/<at\b/gi, '‹at');
}

function truncateBytes(text: string, limit: number): string {
  if (Buffer.byteLength(text) <= limit) return text;
  let cut = text.slice(0, limit);
  while (Buffer.byteLength(cut) > limit - 20) cut = cut.slice(0, Math.floor(cut.length * 0.95));
  return `${cut}\n…（内容过长，已截断）`;
}
