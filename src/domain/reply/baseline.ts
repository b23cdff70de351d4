// Last year's figure said beside this period's, only to compare.
import type { Span } from '../text/spans.js';
import type { ReplyMention } from './reply-state.js';
import { COMMON_UNITS } from './quantities.js';

const LAST_YEAR = /^(?:去年|上年|上一年)$/;
const MEASURES = [...COMMON_UNITS].sort((a, b) => b.length - a.length).map((u) => u.replace(/[.*+?^${}()|[\]\\%]/g, '\\$&')).join('|');
/** 同期是38万 / 同期7.1万 / 为12户 / 9,200: the words after 去年 up to the end of its figure. */
const FIGURE_AFTER = new RegExp(
  `^\\s*(?:同期)?\\s*(?:的|是|为|有|[:：])?\\s*(?:约|大概)?\\s*(?:\\d+(?:[,，]\\d{3})*(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千万亿点]+)\\s*(?:[万千亿](?!元))?(?:${MEASURES})?`,
);

/**
 * LAST_YEAR_BESIDE: 去年同期是38万 / 收入8.3万元 去年同期7.1万 / 上年同期为12户 beside this period's figure: last year's
 * figure, said only to compare. When no ask is for that year, the words and the figure are neither a figure nor a period
 * of the reply: their spans are returned to be blanked, and the mention is dropped, so what follows keeps the period
 * asked (…，完成率85% is this month's).
 */
export function lastYearBeside(
  text: string, mentions: readonly ReplyMention[], periodsAsked: ReadonlyArray<string | null>,
): { mentions: ReplyMention[]; spans: Span[] } {
  const spans: Span[] = [];
  const kept = mentions.filter((m) => {
    if (m.kind !== 'year' || !LAST_YEAR.test(m.text) || periodsAsked.some((p) => p?.startsWith(m.period))) return true;
    const figure = FIGURE_AFTER.exec(text.slice(m.index + m.text.length));
    if (!figure || !/[\d零〇一二两三四五六七八九十]/.test(figure[0])) return true;
    spans.push([m.index, m.index + m.text.length + figure[0].length]);
    return false;
  });
  return { mentions: kept, spans };
}
