// Which of the periods a notice names is the one being asked for.
import { findPeriodMentions, type PeriodMention } from '../period.js';
import type { Period } from '../types.js';

/**
 * The body's first period wins over the title's (a title and a body usually agree; when they differ the body is
 * the actual ask). A bare year right before a more specific mention (今年11月) gives way to it. Mentions inside
 * the deadline phrase are ignored.
 */
export function choosePeriod(
  body: string, at: Date, timezone: string, deadlineSpan: [number, number] | null, titleSpans: Array<[number, number]>,
): { period: Period; spans: Array<[number, number]> } {
  const mentions = findPeriodMentions(body, at, timezone).filter(
    (m) => !deadlineSpan || m.index + m.text.length <= deadlineSpan[0] || m.index >= deadlineSpan[1],
  );
  const spans = mentions.map((m): [number, number] => [m.index, m.index + m.text.length]);
  const inTitle = (m: PeriodMention): boolean => titleSpans.some(([s, e]) => m.index >= s && m.index < e);
  const pick = (list: PeriodMention[]): PeriodMention | undefined => {
    for (let i = 0; i < list.length; i++) {
      const m = list[i]!, next = list[i + 1];
      if (m.kind === 'year' && next && next.kind !== 'year' && next.index - (m.index + m.text.length) <= 1) continue;
      return m;
    }
    return undefined;
  };
  const chosen = pick(mentions.filter((m) => !inTitle(m))) ?? pick(mentions.filter(inTitle));
  return { period: chosen?.period ?? null, spans };
}
