// 低保户数/低保人数：128/203 — a clerk's shorthand: items joined by slashes, then as many figures joined by slashes.

const SLASH = '\\s*[/／]\\s*';
/** An item's words: Chinese, with a bracketed measure (金额（元）) at most. */
const ITEM = '[\\u4e00-\\u9fa5][\\u4e00-\\u9fa5]{0,15}(?:[(（][\\u4e00-\\u9fa5]{1,4}[)）])?';
/** A figure with its measure word (128户, 2.4万元, 95%). */
const FIGURE = '\\d+(?:\\.\\d+)?(?:万|千)?(?:[\\u4e00-\\u9fa5]{1,2}|%)?';
const SLASH_PAIRS = new RegExp(`(${ITEM}(?:${SLASH}${ITEM})+)\\s*[:：]?\\s*(${FIGURE}(?:${SLASH}${FIGURE})+)(?![\\d.])`, 'g');

/**
 * SLASH_PAIRS: the items and the figures pair by position (低保户数：128，低保人数：203). Read as it stands, the first
 * figure went to the item nearest it, the last (低保人数=128): a wrong figure. When the counts differ the text is left as
 * it is, for the reader to ask.
 */
export function pairSlashLists(text: string): string {
  if (!/[/／]/.test(text)) return text;
  return text.replace(SLASH_PAIRS, (whole, items: string, figures: string) => {
    const names = items.split(/[/／]/).map((s) => s.trim());
    const values = figures.split(/[/／]/).map((s) => s.trim());
    if (names.length !== values.length) return whole;
    return names.map((name, i) => `${name}：${values[i]}`).join('，');
  });
}
