// Where a text's sentences or clauses end, found once per text: a notice with a thousand dates and no full stop would
// otherwise rescan the whole text for each date.

/** The positions of every character of `marks` in text, ascending (the last text asked is kept). */
export function stopsOf(text: string, marks: RegExp): readonly number[] {
  const cache = lastStops.get(marks);
  if (cache && cache.text === text) return cache.stops;
  const stops: number[] = [];
  for (let i = 0; i < text.length; i++) if (marks.test(text[i]!)) stops.push(i);
  lastStops.set(marks, { text, stops });
  return stops;
}

const lastStops = new Map<RegExp, { text: string; stops: number[] }>();

/** Index of the first stop at or after `at`. */
function firstAtOrAfter(stops: readonly number[], at: number): number {
  let lo = 0, hi = stops.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (stops[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Just after the last stop before `at` (0 when none): where the span holding `at` starts. */
export function spanStart(stops: readonly number[], at: number): number {
  const k = firstAtOrAfter(stops, at);
  return k > 0 ? stops[k - 1]! + 1 : 0;
}

/** The first stop at or after `at` (the text's length when none): where the span holding `at` ends. */
export function spanEnd(stops: readonly number[], at: number, length: number): number {
  const k = firstAtOrAfter(stops, at);
  return k < stops.length ? stops[k]! : length;
}
