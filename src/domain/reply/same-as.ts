// 上月出生死亡和本月一样 / 10月跟11月相同: figures said to be the same as another period's in the same reply are that
// period's figures again, for the items named (or every item the reply gave for it), where the unit was asked.
import type { CandidateIndex } from './candidate-index.js';
import type { ReplyMention, ReplyState } from './reply-state.js';
import type { Sentence } from './segment.js';

const SAME = /(?:和|跟|同|与)[^，,。；;]{0,8}?(?:一样|相同|一致|同样)|(?:同|跟)上月(?:一样|相同)?/;

export function readSameAs(plain: string, sentences: readonly Sentence[], mentions: readonly ReplyMention[], index: CandidateIndex, state: ReplyState): void {
  if (mentions.length < 2 || !SAME.test(plain)) return;
  for (const sentence of sentences) {
    const text = plain.slice(sentence.start, sentence.end);
    // the clause that says it: from its first period word to the sameness word
    for (const clause of text.split(/[，,；;]/)) {
      const same = SAME.exec(clause);
      if (!same) continue;
      const at = sentence.start + text.indexOf(clause);
      const inClause = mentions.filter((m) => m.index >= at && m.index < at + clause.length);
      if (inClause.length < 2) continue;
      const periods = [...new Set(inClause.map((m) => m.period))];
      if (periods.length !== 2) continue;
      const given = (p: string): string[] => [...state.values.values()].filter((v) => v.period === p).map((v) => v.field);
      const [a, b] = periods as [string, string];
      const [source, target] = given(a).length && !given(b).length ? [a, b] : given(b).length && !given(a).length ? [b, a] : [null, null];
      if (!source || !target) continue;
      const matches = index.match(clause);
      const named = index.numericEntries.filter((e) => matches[e.ordinal]!.sim >= 2).map((e) => e.field.key);
      for (const v of [...state.values.values()]) {
        if (v.period !== source || (named.length && !named.includes(v.field))) continue;
        const open = state.byField.get(v.field) ?? [];
        if (!open.some((p) => p.period === target)) continue;
        const key = `${v.field}\u0000${target}`;
        if (state.values.has(key)) continue;
        state.values.set(key, { ...v, period: target, raw: clause.trim() });
      }
    }
  }
}
