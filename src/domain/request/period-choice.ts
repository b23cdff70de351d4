// Which of the periods a notice names is the one being asked for.
import { findPeriodMentions, type PeriodMention } from '../period.js';
import type { Period } from '../types.js';
import { STATED_FIGURE } from './text.js';

/** 《石家庄市2026—2027年秋冬季…方案》: a document's name, whose years say nothing about the period asked. */
const DOCUMENT_NAME = /《[^《》\n]{1,80}》/g;

const SENTENCE_END = /[。;；!！?？\n]/g;

function spansOf(re: RegExp, text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** Spans of the sentences that state figures (去年全县共排查…47家、发现…12个): background, not the ask. */
function statementSpans(body: string, skip: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  const ends = [...spansOf(SENTENCE_END, body).map(([s]) => s), body.length];
  for (const end of ends) {
    let sentence = body.slice(start, end);
    // the period mentions themselves (截至11月20日) and document names are not figures
    for (const [s, e] of skip) {
      if (e <= start || s >= end) continue;
      const a = Math.max(s, start) - start, b = Math.min(e, end) - start;
      sentence = sentence.slice(0, a) + ' '.repeat(b - a) + sentence.slice(b);
    }
    if (STATED_FIGURE.test(sentence)) out.push([start, end]);
    start = end + 1;
  }
  return out;
}

/**
 * The body's first period wins over the title's (a title and a body usually agree; when they differ the body is
 * the actual ask). A bare year right before a more specific mention (今年11月) gives way to it. Mentions inside
 * the deadline phrase and inside document names (《…2026年度…通知》) are ignored; mentions in sentences that state
 * figures (2025年全县共实现新增就业3,215人) are background and count only when nothing else names a period.
 */
export function choosePeriod(
  body: string, at: Date, timezone: string, deadlineSpan: [number, number] | null, titleSpans: Array<[number, number]>,
): { period: Period; spans: Array<[number, number]> } {
  const documents = spansOf(DOCUMENT_NAME, body);
  const inside = (m: PeriodMention, spans: Array<[number, number]>): boolean =>
    spans.some(([s, e]) => m.index >= s && m.index < e);
  const all = findPeriodMentions(body, at, timezone).filter(
    (m) => !deadlineSpan || m.index + m.text.length <= deadlineSpan[0] || m.index >= deadlineSpan[1],
  );
  const spans = all.map((m): [number, number] => [m.index, m.index + m.text.length]);
  const mentions = all.filter((m) => !inside(m, documents));
  const statements = statementSpans(body, [...spans, ...documents]);
  const inTitle = (m: PeriodMention): boolean => inside(m, titleSpans);
  const background = (m: PeriodMention): boolean => !inTitle(m) && inside(m, statements);
  const pick = (list: PeriodMention[]): PeriodMention | undefined => {
    for (let i = 0; i < list.length; i++) {
      const m = list[i]!, next = list[i + 1];
      if (m.kind === 'year' && next && next.kind !== 'year' && next.index - (m.index + m.text.length) <= 1) continue;
      return m;
    }
    return undefined;
  };
  const chosen = pick(mentions.filter((m) => !inTitle(m) && !background(m)))
    ?? pick(mentions.filter(inTitle))
    ?? pick(mentions.filter(background));
  return { period: chosen?.period ?? null, spans };
}
