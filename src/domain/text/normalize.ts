// Text as every parser reads it: simplified, half-width, without the bot's mention or zero-width characters.
import { toHalfWidth } from '../numbers.js';
import { toSimplified } from './traditional.js';

/** Longest message the parser reads; beyond this it keeps the head and the tail (where the ask usually is). */
export const MAX_TEXT = 30000;
const KEEP = 6000;

/** Simplified, half-width, no bot mention, no zero-width characters, unified line breaks, bounded length. */
export function prepareText(text: string, botName: string): string {
  const bounded = text.length > MAX_TEXT ? `${text.slice(0, KEEP)}\n${text.slice(-KEEP)}` : text;
  let t = toSimplified(toHalfWidth(bounded)).replace(/\r\n?/g, '\n').replace(/[\u200b-\u200f\ufeff]/g, '');
  if (botName) t = t.split(`@${botName}`).join(' ').split(botName).join(' ');
  return t;
}
