// What one reply has produced so far: values and invalid entries keyed by (field, period), the label last
// mentioned, labels waiting for a shared figure, and the period in force at each point of the text.
import type { FieldDef } from '../types.js';
import type { PeriodMention } from '../period.js';
import type { Sentence } from './segment.js';
import type { FieldEntry } from './candidate-index.js';
import { choosePeriod, type PeriodCandidate, type PeriodWord } from './period-choice.js';
import type { Checked } from './values.js';
import type { InvalidValue, ParsedValue } from './reply-types.js';

export interface Emitter {
  /** keepExisting: a breakdown (其中…) never replaces the total already given for the same field and period. */
  value(entry: FieldEntry, anchor: number, raw: string, check: (field: FieldDef) => Checked, keepExisting?: boolean): void;
  invalid(entry: FieldEntry, anchor: number, raw: string, reason: string): void;
}

export class ReplyState {
  readonly values = new Map<string, ParsedValue>();
  readonly invalid = new Map<string, InvalidValue>();
  context = '';
  /** Labels listed with 、 and no figure yet (燃气、电路隐患均为0): the next shared figure applies to them too. */
  listed: Array<{ entry: FieldEntry; anchor: number }> = [];
  /** Fields still waiting for their figure after 低保户、低保人数分别为120、208. */
  respectively: FieldEntry[] = [];
  constructor(
    readonly byField: Map<string, PeriodCandidate[]>,
    readonly mentions: PeriodMention[],
  ) {}

  periodWordAt(anchor: number, sentence: Sentence): PeriodWord | null {
    // Binary search for the last mention before the anchor: replies may hold thousands of them.
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid]!.index < anchor) lo = mid + 1;
      else hi = mid;
    }
    const found = lo > 0 ? this.mentions[lo - 1]! : null;
    return found ? { period: found.period, sameSentence: found.index >= sentence.start } : null;
  }

  emitter(sentence: Sentence, correction: boolean): Emitter {
    const choose = (entry: FieldEntry, anchor: number): ReturnType<typeof choosePeriod> =>
      choosePeriod(this.byField.get(entry.field.key) ?? [], this.periodWordAt(anchor, sentence), correction);
    return {
      value: (entry, anchor, raw, check, keepExisting = false) => {
        const choice = choose(entry, anchor);
        if (!choice.ok) return this.addInvalid({ field: entry.field.key, period: null, raw, reason: choice.reason });
        const checked = check(entry.field);
        if (!checked.ok) return this.addInvalid({ field: entry.field.key, period: choice.period, raw, reason: checked.reason });
        const key = `${entry.field.key}\u0000${choice.period}`;
        if (keepExisting && this.values.has(key)) return;
        this.values.delete(key);
        this.invalid.delete(key);
        this.values.set(key, { field: entry.field.key, period: choice.period, value: checked.value, raw, correction });
      },
      invalid: (entry, anchor, raw, reason) => {
        const choice = choose(entry, anchor);
        this.addInvalid({ field: entry.field.key, period: choice.ok ? choice.period : null, raw, reason });
      },
    };
  }

  private addInvalid(v: InvalidValue): void {
    const key = `${v.field}\u0000${v.period}`;
    if (!this.values.has(key)) this.invalid.set(key, v);
  }
}
