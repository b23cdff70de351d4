// COMPARED_ASIDE: 新增安装APP 210人，上月是180人，发案0起: a clause that names a period no ask is open for, carries a
// figure and names no item of its own, after a clause with a figure in the same sentence, is a comparison said beside
// that figure. Like a bracketed aside (210人（上月180人）), the period it names holds only inside it, so the figures after
// it keep the period in force before it.
import type { PeriodMention } from '../period.js';
import type { Clause } from './segment.js';
import type { Quantity } from './quantities.js';

export function comparedAsides(
  clauses: readonly Clause[], visible: string, mentions: readonly PeriodMention[], quantities: readonly Quantity[],
  openPeriods: ReadonlySet<string | null>, namesField: (words: string) => boolean,
): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!mentions.length || !quantities.length) return out;
  let q = 0;
  let figureSentence = -1;
  for (const clause of clauses) {
    let figures = 0;
    while (q < quantities.length && quantities[q]!.start < clause.end) {
      if (quantities[q]!.start >= clause.start) figures++;
      q++;
    }
    if (!figures) continue;
    const elsewhere = mentions.some((m) => m.index >= clause.start && m.index < clause.end && !openPeriods.has(m.period));
    if (elsewhere && figureSentence === clause.sentence && !namesField(visible.slice(clause.start, clause.end))) {
      out.push([clause.start, clause.end]);
    }
    figureSentence = clause.sentence;
  }
  return out;
}

/** 由 / 从 (上月的) before a figure, and a word of moving to a level after it (增加到, 变为, 减少至): see FROM_THEN_TO. */
// (the period word may be blanked already: 从  的125户)
export const FROM_BEFORE = /(?:由|从)\s*(?:上个?月|上年|去年|原来|之前|以前|年初|月初)?\s*的?\s*$/;
export const MOVED_TO_AFTER = /^\s*(?:增加|增长|上升|提高|提升|减少|下降|降低|调整|变|升|降|涨|回落)(?:到|至|为|成)/;
const FROM_WORD = /(?:由|从)(?=\s*(?:上个?月|上年|去年|原来|之前|以前|年初|月初)?\s*的?\s*$)/;

/**
 * FROM_THEN_TO: 低保户从上月的125户变为128户 — the level a figure moved from, with the period it held in (上月), is said beside
 * the level it moved to: like a bracketed aside, the period named there holds only there.
 */
export function movedFromAsides(visible: string, quantities: readonly Quantity[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const q of quantities) {
    const before = visible.slice(Math.max(0, q.start - 8), q.start);
    if (!FROM_BEFORE.test(before) || !MOVED_TO_AFTER.test(visible.slice(q.end, q.end + 8))) continue;
    const from = FROM_WORD.exec(before);
    if (from) out.push([q.start - before.length + from.index, q.end]);
  }
  return out;
}
