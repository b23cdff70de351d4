// An OutboundMessage as WeCom message bodies: markdown for cards, text otherwise, split to WeCom's 2048-byte limit.
import type { Card, OutboundMessage } from '../../src/plugins/define.js';

/** WeCom truncates text and markdown content past 2048 bytes; parts stay under it. */
export const CONTENT_LIMIT_BYTES = 2000;

export type WecomBody = { msgtype: 'text'; text: { content: string } } | { msgtype: 'markdown'; markdown: { content: string } };

/**
 * Application messages cannot @-mention anyone in a group chat, so a mentioned member's name is written in front
 * when the text does not already say it.
 */
export function wecomBodies(message: OutboundMessage, mentionedNames: string[]): WecomBody[] {
  const front = mentionedNames.filter((name) => !message.text.includes(`@${name}`)).map((name) => `@${name}`);
  // An ask is best as its text: it says how to answer, and a markdown card adds no input.
  if (message.card && message.card.type !== 'ask') {
    const md = cardMarkdown(message.card);
    return splitBytes(front.length ? `${front.join(' ')}\n${md}` : md, CONTENT_LIMIT_BYTES).map((content) => ({ msgtype: 'markdown', markdown: { content } }));
  }
  const text = front.length ? `${front.join(' ')} ${message.text}` : message.text;
  return splitBytes(text, CONTENT_LIMIT_BYTES).map((content) => ({ msgtype: 'text', text: { content } }));
}

export function cardMarkdown(card: Card): string {
  const lines = [`**${card.title}**`];
  switch (card.type) {
    case 'request':
      lines.push(...card.rows.map(([k, v]) => `> ${k}：<font color="info">${v}</font>`));
      break;
    case 'ask':
      lines.push(`期间：${card.period}${card.deadline ? `　截止：${card.deadline}` : ''}`, ...card.fields.map((f) => `> ${f.label}`));
      break;
    case 'table':
      lines.push(card.columns.join(' ｜ '), ...card.rows.map((row) => row.join(' ｜ ')));
      break;
    case 'digest':
      for (const s of card.sections) lines.push('', `**${s.heading}**`, ...s.lines.map((l) => `> ${l}`));
      break;
  }
  return lines.join('\n');
}

/** Splits at line ends where it can, so every part fits `limit` bytes in UTF-8. */
export function splitBytes(text: string, limit: number): string[] {
  if (Buffer.byteLength(text) <= limit) return [text];
  const parts: string[] = [];
  let current = '';
  for (const line of text.split('\n')) {
    const candidate = current ? `${current}\n${line}` : line;
    if (Buffer.byteLength(candidate) <= limit) {
      current = candidate;
      continue;
    }
    if (current) parts.push(current);
    current = line;
    while (Buffer.byteLength(current) > limit) {
      let cut = current.length;
      while (Buffer.byteLength(current.slice(0, cut)) > limit) cut = Math.floor(cut * 0.9);
      parts.push(current.slice(0, cut));
      current = current.slice(cut);
    }
  }
  if (current) parts.push(current);
  return parts;
}
