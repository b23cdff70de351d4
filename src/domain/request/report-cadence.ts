// Notices that ask for several reports of different cadences at once (年报和第四季度报表, 2027年度报表和2028年季度报表):
// each report counts its own period, which the notice names beside it.
// (A report name's cadence itself is read by ../cadence.ts, which the dictionary shares.)
import type { PeriodKind } from '../period.js';
import type { Span } from '../text/spans.js';

export interface PeriodCandidate {
  period: string;
  kind: PeriodKind;
  /** How telling the part that names it is (0 the ask and its items … see period-choice.ts); lower is more telling. */
  tier: number;
  index: number;
}

/**
 * The periods of reports with different cadences: for each cadence, in the order the fields are asked, the chosen period
 * when it has that cadence, else the most telling period of that cadence the notice names. Null when the fields share one
 * cadence, or a cadence has no period named for it (the chosen period then stands alone).
 */
export function periodsByCadence(cadences: Array<PeriodKind | null>, chosen: string | null, chosenKind: PeriodKind | null, candidates: PeriodCandidate[]): string[] | null {
  const kinds = [...new Set(cadences.filter((c): c is PeriodKind => c !== null))];
  if (kinds.length < 2 || !chosen || !chosenKind || !kinds.includes(chosenKind)) return null;
  const out: string[] = [];
  for (const kind of kinds) {
    if (kind === chosenKind) { out.push(chosen); continue; }
    const named = candidates.filter((c) => c.kind === kind && c.tier >= 0).sort((a, b) => a.tier - b.tier || a.index - b.index)[0];
    if (!named) return null;
    if (!out.includes(named.period)) out.push(named.period);
  }
  return out.length > 1 ? inOrderNamed(out, candidates) : null;
}

/**
 * 城市建设统计2027年年报和2028年定期报表 … 投资月报于月后10日前报送: the notice's first period is the one of the report it
 * names first, not of the item read first; a period the notice never writes out (a round's month) comes after those it does.
 */
function inOrderNamed(periods: string[], candidates: PeriodCandidate[]): string[] {
  const firstNamed = (p: string) => Math.min(...candidates.filter((c) => c.period === p && c.tier >= 0).map((c) => c.index), Infinity);
  return periods.map((p, i) => ({ p, i, at: firstNamed(p) })).sort((a, b) => a.at - b.at || a.i - b.i).map((x) => x.p);
}

/** 第四季度报表: the period's cadence word stays in the item's text (季度报表), so that the item keeps its name. */
export function keepCadenceWord(text: string, spans: Span[]): Span[] {
  return spans.map(([s, e]): Span => {
    const m = /(季度|年度|半年|月份)$/.exec(text.slice(s, e));
    return m && /^[报表]/.test(text.slice(e, e + 1)) && e - m[0].length > s ? [s, e - m[0].length] : [s, e];
  });
}

/**
 * ROUND_CADENCE_KEPT: 每周五报一次低保户数 — the due day's span (每周五) is blanked before items are read, but its cadence
 * (每周) is what makes the 报一次 after it an ask (CADENCE_ONCE in detect.ts): only the day inside the round is blanked
 * there, so the ask and its items are still read. Any other due day is blanked whole.
 */
export function keepRoundCadence(text: string, [s, e]: Span): Span {
  const m = /^每(?:个)?(?:周|星期|月|季度?|旬|年)/.exec(text.slice(s, e));
  return m && s + m[0].length < e && /^\s*(?:前|之前|以前)?\s*报一次/.test(text.slice(e)) ? [s + m[0].length, e] : [s, e];
}
