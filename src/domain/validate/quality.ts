// Data quality checks (数据质量) on figures a reply brings, before they enter the pool: the dictionary's cross-field
// rules (低保人数 ≥ 低保户数, 已整改 ≤ 发现) against the same reply and the pool, and a jump against the unit's previous
// figure for the field beyond the field's tolerance. A figure that fails is held and the reporter asked to confirm it.
import { writeDecimal } from '../numbers.js';
import { describePeriod, periodKind } from '../period.js';
import type { FieldDef, FieldRule, FieldValue } from '../types.js';

export interface NewFigure {
  field: string;
  period: string | null;
  value: FieldValue;
}

export interface QualityContext {
  field(key: string): FieldDef | undefined;
  rules: readonly FieldRule[];
  /** The pool's figure for this unit, field and period. */
  held(field: string, period: string | null): FieldValue | undefined;
  /** The unit's latest figure for the field in an earlier period of the same kind. */
  previous(field: string, period: string | null): { value: FieldValue; period: string } | undefined;
}

const OPS: Record<FieldRule['op'], { holds: (a: number, b: number) => boolean; words: string }> = {
  '>=': { holds: (a, b) => a >= b, words: '不应少于' },
  '<=': { holds: (a, b) => a <= b, words: '不应多于' },
  '>': { holds: (a, b) => a > b, words: '应多于' },
  '<': { holds: (a, b) => a < b, words: '应少于' },
  '=': { holds: (a, b) => a === b, words: '应等于' },
};

/** Below this the previous figure is too small for a ratio to mean anything (2 → 7 is no jump worth asking about). */
const HISTORY_FLOOR = 10;

function shown(value: number, field: FieldDef | undefined): string {
  return `${writeDecimal(value)}${field?.unit ?? ''}`;
}

/** Why each figure needs confirming, keyed by its index in `figures`; figures not listed passed. */
export function qualityIssues(figures: readonly NewFigure[], ctx: QualityContext): Map<number, string> {
  const issues = new Map<number, string>();
  const add = (i: number, reason: string): void => {
    issues.set(i, issues.has(i) ? `${issues.get(i)}；${reason}` : reason);
  };
  figures.forEach((f, i) => {
    if (typeof f.value !== 'number') return;
    const field = ctx.field(f.field);
    for (const rule of ctx.rules) {
      const mine = rule.left === f.field ? 'left' : rule.right === f.field ? 'right' : null;
      if (!mine) continue;
      const otherKey = mine === 'left' ? rule.right : rule.left;
      const inReply = figures.find((g) => g.field === otherKey && g.period === f.period);
      const other = inReply ? inReply.value : ctx.held(otherKey, f.period);
      if (typeof other !== 'number') continue;
      const [a, b] = mine === 'left' ? [f.value, other] : [other, f.value];
      if (OPS[rule.op].holds(a, b)) continue;
      const left = ctx.field(rule.left);
      const right = ctx.field(rule.right);
      add(i, `${left?.label ?? rule.left}（${shown(a, left)}）${OPS[rule.op].words}${right?.label ?? rule.right}（${shown(b, right)}）`);
    }
    const tolerance = field?.tolerance;
    if (!tolerance || tolerance <= 1) return;
    const before = ctx.previous(f.field, f.period);
    if (!before || typeof before.value !== 'number' || before.value < HISTORY_FLOOR) return;
    const ratio = f.value / before.value;
    if (ratio > tolerance) {
      add(i, `是上次（${describePeriod(before.period)}）${shown(before.value, field)}的${trimRatio(ratio)}倍`);
    } else if (ratio < 1 / tolerance) {
      add(i, `比上次（${describePeriod(before.period)}）的${shown(before.value, field)}少了${Math.round((1 - ratio) * 100)}%`);
    }
  });
  return issues;
}

function trimRatio(r: number): string {
  return r >= 10 ? String(Math.round(r)) : String(Math.round(r * 10) / 10);
}

/** Periods comparable for a history check: the same kind (a month with a month, a week with a week), earlier. */
export function comparablePeriods(period: string | null, others: readonly string[]): string[] {
  if (!period) return [];
  const kind = periodKind(period);
  return others.filter((p) => p && p < period && periodKind(p) === kind).sort().reverse();
}
