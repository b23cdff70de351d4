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
