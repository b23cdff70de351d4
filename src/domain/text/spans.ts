// Spans of text, and blanking them without moving anything: every index found later still points into the original.

export type Span = [start: number, end: number];

/** Overwrites [start, end) with `fill` (a space by default), keeping the length. */
export function blank(text: string, start: number, end: number, fill = ' '): string {
  if (end <= start) return text;
  return text.slice(0, start) + fill.repeat(end - start) + text.slice(end);
}

/** Overwrites every span with `fill`, keeping the length. */
export function blankSpans(text: string, spans: readonly Span[], fill = ' '): string {
  if (!spans.length) return text;
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [s, e] of sorted) {
    const from = Math.max(s, at), to = Math.min(e, text.length);
    if (to <= from) continue;
    out += text.slice(at, from) + fill.repeat(to - from);
    at = to;
  }
  return out + text.slice(at);
}

/** Replaces every match of a global regex with spaces of the same length. */
export function blankMatches(text: string, re: RegExp): string {
  return text.replace(re, (m) => ' '.repeat(m.length));
}

/** Where a global regex matches. */
export function spansOf(re: RegExp, text: string): Span[] {
  const out: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!m[0].length) { re.lastIndex++; continue; }
    out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

/** True when `index` falls inside one of the spans. */
export function within(index: number, spans: readonly Span[]): boolean {
  return spans.some(([s, e]) => index >= s && index < e);
}

/** True when [start, end) and one of the spans share a character. */
export function overlaps(start: number, end: number, spans: readonly Span[]): boolean {
  return spans.some(([s, e]) => start < e && end > s);
}

/** A string as a literal inside a regular expression. */
const ESCAPE = /[.*+?^${}()|[\]\\]/g;
export const escapeRegExp = (s: string): string => s.replace(ESCAPE, '\\$&');

const SENTENCE_END = /[。；;\n]/g;
const CLAUSE_END = /[，,]/g;

/** [start, end) of every sentence, the run between 。 ； ; or a line break. */
function sentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    out.push([start, m.index]);
    start = m.index + 1;
  }
  out.push([start, text.length]);
  return out;
}

/**
 * Every whole sentence in which `core` matches: what /[^。；;\n]*core[^。；;\n]*\/g finds, in time linear in the text. That
 * regex tries its leading run again from every start, so a 20,000-character text with no full stop costs the square of it.
 */
export function sentencesWhere(core: RegExp, text: string): Span[] {
  return sentences(text).filter(([s, e]) => e > s && core.test(text.slice(s, e)));
}

/**
 * From the start of each sentence to the end of the last clause (between ， or ,) in which `core` matches: what a sentence
 * says up to its last such clause, leaving the clauses after it (企业每天15时前报所在镇，镇里汇总后，下午16时前报区经委: the
 * towns' own step after the firms').
 */
export function throughClauseWhere(core: RegExp, text: string): Span[] {
  const out: Span[] = [];
  for (const [s, e] of sentences(text)) {
    const sentence = text.slice(s, e);
    let start = 0, last = -1;
    CLAUSE_END.lastIndex = 0;
    const ends = [...sentence.matchAll(CLAUSE_END)].map((m) => m.index!).concat(sentence.length);
    for (const end of ends) {
      if (core.test(sentence.slice(start, end))) last = end;
      start = end + 1;
    }
    if (last >= 0) out.push([s, s + last]);
  }
  return out;
}

/**
 * From the start of the first clause (between ， or ,) in which `core` matches to the end of its sentence, once a
 * sentence: what /[^，,。；;\n]*core[^。；;\n]*\/g finds when `core` matches inside one clause, in linear time.
 */
export function clauseOnWhere(core: RegExp, text: string): Span[] {
  const out: Span[] = [];
  for (const [s, e] of sentences(text)) {
    const sentence = text.slice(s, e);
    let start = 0;
    CLAUSE_END.lastIndex = 0;
    const ends = [...sentence.matchAll(CLAUSE_END)].map((m) => m.index!).concat(sentence.length);
    for (const end of ends) {
      if (core.test(sentence.slice(start, end))) { out.push([s + start, e]); break; }
      start = end + 1;
    }
  }
  return out;
}
