// A chat app's quote of another message sent along with a reply: its words are that message's, never the reply's.
import { blankMatches } from './normalize.js';

/**
 * QUOTED_MESSAGE: WeChat and WeCom put a quoted message under (or over) the reply as 「speaker：the message」 on lines
 * of its own, often with a dashed rule (- - - - -) between the two. A quote of the bot's own ask carries its list
 * numbers, its period and its deadline; none of them is a figure the reporter gives. A 「…」 that is not a whole line
 * or names no speaker (主要问题：「门口堆物」) is the reporter's own quotation and stays.
 */
const QUOTED_MESSAGE = /(?<=^|\n)[ \t]*「[^「」:：\n]{1,16}[:：][^」]*」[ \t]*(?=\n|$)/g;
const DASHED_RULE = /(?<=^|\n)[ \t]*(?:-\s*){3,}(?=\n|$)/g;

export function hideQuotedMessages(text: string): string {
  if (!text.includes('「') && !text.includes('- -')) return text;
  return blankMatches(blankMatches(text, QUOTED_MESSAGE), DASHED_RULE);
}

const ASK_ITEM = /(?:^|[\s:：])\d{1,2}\s*[.．、]\s*([\u4e00-\u9fa5]{2,16})/g;

/**
 * QUOTED_ASK_ITEM: 15860 above a quote of the bot's ask for 1. 低保金发放金额（元）: the items the quoted ask lists (as
 * numbered there), which a bare figure sent with it answers.
 */
export function quotedAskItems(text: string): string[] {
  if (!text.includes('「')) return [];
  const items: string[] = [];
  for (const quote of text.match(QUOTED_MESSAGE) ?? []) {
    for (const m of quote.matchAll(ASK_ITEM)) items.push(m[1]!);
  }
  return items;
}
