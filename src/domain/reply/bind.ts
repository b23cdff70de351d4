// Decides which candidate field a number belongs to: its own label, a label right after it, the label just
// mentioned (低保一百二十六户、二百零八人), or a unit that only one open field has.
import { namesMatch } from './similarity.js';
import type { FieldEntry } from './candidate-index.js';
import type { Quantity } from './quantities.js';

const MONEY = new Set(['元', '万元', '千元', '亿元']);

/** How well a number's measure word fits a field's unit: exact +2, related +1, unknown 0, conflicting -1.5. */
export function unitFit(numberUnit: string, fieldUnit: string | undefined): number {
  if (!numberUnit || !fieldUnit) return 0;
  if (numberUnit === fieldUnit) return 2;
  if (MONEY.has(numberUnit) && MONEY.has(fieldUnit)) return 2;
  if (numberUnit === '次' && fieldUnit.endsWith('次')) return 1;
  if (fieldUnit.endsWith(numberUnit) || numberUnit.endsWith(fieldUnit)) return numberUnit.length > 1 && fieldUnit.length > 1 ? 1 : -1.5;
  if (numberUnit === '个') return 0;
  return -1.5;
}

const LABEL_MATCH = 1;
const WEAK_LABEL_MATCH = 0.6;
const TIE = 0.1;

interface Scored {
  entry: FieldEntry;
  sim: number;
  total: number;
}

function score(phrase: string, entries: readonly FieldEntry[], q: Quantity): Scored[] {
  const out: Scored[] = [];
  for (const entry of entries) {
    const { sim, rank } = namesMatch(phrase, entry.names);
    const fit = unitFit(q.unit, entry.field.unit);
    if (sim >= LABEL_MATCH || (sim >= WEAK_LABEL_MATCH && fit === 2)) out.push({ entry, sim, total: rank + fit });
  }
  return out.sort((a, b) => b.total - a.total);
}

type Pick = { entry: FieldEntry } | 'none' | 'ambiguous';

function pick(scored: Scored[]): Pick {
  if (scored.length === 0) return 'none';
  if (scored.length > 1 && scored[0]!.total - scored[1]!.total < TIE) return 'ambiguous';
  return { entry: scored[0]!.entry };
}

/** Picks among tied fields with the earlier label prepended: 金额 after 临时救助… is 临时救助金额. */
function breakTie(scored: Scored[], phrase: string, context: string, q: Quantity): Pick {
  if (!context) return 'ambiguous';
  const top = scored.filter((s) => scored[0]!.total - s.total < TIE).map((s) => s.entry);
  return pick(score(context + phrase, top, q));
}

export interface BindInput {
  q: Quantity;
  /** Text right before the number (its label, usually). */
  own: string;
  /** Text right after the number, when no other number follows in the clause. */
  after: string;
  /** The last phrase in this reply that named a field. */
  context: string;
  /** own and after hold nothing but filler words. */
  bare: boolean;
}

export type Binding = { entry: FieldEntry; phrase: string } | null;

export function bindQuantity(input: BindInput, entries: readonly FieldEntry[]): Binding {
  const { q, own, after, context } = input;
  for (const phrase of [own, after]) {
    if (!phrase) continue;
    const scored = score(phrase, entries, q);
    const p = pick(scored);
    if (p === 'none') continue;
    const resolved = p === 'ambiguous' ? breakTie(scored, phrase, context, q) : p;
    if (typeof resolved === 'object') return { entry: resolved.entry, phrase };
    return null;
  }
  if (q.chinese && !q.unit) return null;
  if (context) {
    const scored = score(context, entries, q).filter((s) => unitFit(q.unit, s.entry.field.unit) >= 0);
    const p = pick(scored);
    if (typeof p === 'object') return { entry: p.entry, phrase: '' };
    if (p === 'ambiguous') return null;
  }
  if (!input.bare) return null;
  const byUnit = q.unit ? entries.filter((e) => unitFit(q.unit, e.field.unit) === 2) : entries;
  return byUnit.length === 1 ? { entry: byUnit[0]!, phrase: '' } : null;
}
