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
