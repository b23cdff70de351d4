// NEGATED_NAME: a name said right after a negation (不是白沙村 / 并非低保户数 / 不是11月的) is denied, never chosen: what the
// held replies that wait for an item, a period or a unit (held-replies.ts, held-unit-answers.ts) leave out of an answer.

/** A negation said right before a name (不是白沙村 / 并非低保户数 / 不白沙村的). */
export const NEGATION_BEFORE = /(?:不是|并非|不|非)\s*$/;
/** An answer that opens on a negation (不是第一个 / 不是累计的). */
export const NEGATION_START = /^(?:不是|并非|不)/;

/**
 * Whether any of `names` is said right after a negation (不是白沙村的). 不是，是白沙村 / 不对，白沙村 name it: the words
 * between the negation and the name say it is the one.
 */
export function negatedIn(text: string, names: readonly string[]): boolean {
  for (const n of names) {
    if (n.length < 2) continue;
    for (let i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + 1)) if (NEGATION_BEFORE.test(text.slice(0, i))) return true;
  }
  return false;
}
