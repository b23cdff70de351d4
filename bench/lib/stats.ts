// Timing helpers: repeat, summarise (median and spread), format.

export interface Summary {
  median: number;
  min: number;
  max: number;
  p10: number;
  p90: number;
  n: number;
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.round((p / 100) * (sorted.length - 1))));
  return sorted[i]!;
}

export function summarize(values: number[]): Summary {
  const s = [...values].sort((a, b) => a - b);
  return { median: percentile(s, 50), min: s[0] ?? NaN, max: s[s.length - 1] ?? NaN, p10: percentile(s, 10), p90: percentile(s, 90), n: s.length };
}

/** Wall clock in ms with sub-millisecond precision, comparable across processes on one machine. */
export function wallMs(): number {
  return performance.timeOrigin + performance.now();
}

/** Runs fn `warmup` times untimed, then `reps` times timed; returns the milliseconds of each timed run. */
export async function repeat(reps: number, warmup: number, fn: (i: number) => unknown | Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn(-1 - i);
  const out: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t = performance.now();
    await fn(i);
    out.push(performance.now() - t);
  }
  return out;
}

export function fmt(n: number, digits?: number): string {
  if (!Number.isFinite(n)) return String(n);
  const d = digits ?? (Math.abs(n) >= 100 ? 0 : Math.abs(n) >= 10 ? 1 : 2);
  return n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
}

export function spread(s: Summary, unit = '', digits?: number): string {
  return `${fmt(s.min, digits)}–${fmt(s.max, digits)}${unit}`;
}
