// What one reply has produced so far: values and invalid entries keyed by (field, period), the label last
// mentioned, labels waiting for a shared figure, and the period in force at each point of the text.
import type { FieldDef } from '../types.js';
import type { PeriodMention } from '../period.js';
import type { Sentence } from './segment.js';
import type { CandidateIndex, FieldEntry } from './candidate-index.js';
import { choosePeriod, periodHoldingDays, type PeriodCandidate, type PeriodWord } from './period-choice.js';
import type { Checked } from './values.js';
import type { Reading } from './short-answer.js';
import type { ChangeClaim, ChoiceValue, InvalidValue, ParsedValue, UnaskedValue } from './reply-types.js';

export interface Emitter {
  /**
   * keepExisting: a breakdown (其中…) never replaces the total already given for the same field and period.
   * qualifier: the words of the figure's own label that are not the field's name (集中 in 集中供养12人 for 特困供养人数).
   */
  value(entry: FieldEntry, anchor: number, raw: string, check: (field: FieldDef) => Checked, keepExisting?: boolean, qualifier?: string): void;
  /** `readings`: the figures the reason offers back (是“15人次”还是“16人次”？). */
  invalid(entry: FieldEntry, anchor: number, raw: string, reason: string, readings?: Reading[]): void;
  /** A figure said as a change (比上月少2户): `sign` -1 for less, `against` what it is measured from. */
  change(entry: FieldEntry, anchor: number, raw: string, check: (field: FieldDef) => Checked, sign: 1 | -1, against: ChangeClaim['against'], plain?: boolean): void;
  /** A figure that could be any of these fields. */
  /** `settle`: the figure may go to the one option the reply has not given a figure in its own measure (OTHER_OF_TWO_SETTLED). */
  choice(entries: FieldEntry[], anchor: number, raw: string, check: (field: FieldDef) => Checked, settle?: boolean): void;
}

/** A value whose period waits for the rest of the reply: the period of the asks its other figures answer. */
interface Deferred {
  entry: FieldEntry;
  raw: string;
  check: (field: FieldDef) => Checked;
  keepExisting: boolean;
  correction: boolean;
  open: Array<string | null>;
  reason: string;
}

/** BOTH_PERIODS (ReplyState.bothPeriodsAt): the two periods said together, then 都/均, right before a figure. */
const NUM = '[0-9０-９一二三四五六七八九十]{1,3}';
const PERIODS_TOGETHER = `(?:两个?月份?|两个?季度|两期|(?:这|上|前)两个月|${NUM}月份?\\s*[和、与及跟,，]?\\s*${NUM}月份?`
  + '|(?:第?[一二三四1-4])季度\\s*[和、与及,，]?\\s*(?:第?[一二三四1-4])季度)(?:的)?\\s*';
const BOTH_PERIODS_BEFORE = new RegExp(`${PERIODS_TOGETHER}(?:都|均|全都)(?:是|为|有)?\\s*$`);
const PERIODS_TOGETHER_BEFORE = new RegExp(`${PERIODS_TOGETHER}$`);

/** The measure word a figure was said in (人 in 12人, '' for a bare number). */
function measureOf(raw: string): string {
  return /[^\d.,，\s零〇一二三四五六七八九十百千万亿两余多]*$/.exec(raw.trim())?.[0] ?? '';
}

/** A period said in the reply; cumulative: a running total from the start of the year (1-11月累计). */
/** until: where the period stops holding (PERIOD_OF_AN_EVENT_TOLD, parse.ts); past it, figures take no period from it. */
export type ReplyMention = PeriodMention & { cumulative?: boolean; until?: number };

export class ReplyState {
  readonly values = new Map<string, ParsedValue>();
  /** The qualifier each value's label said it with (see PARTS_NOT_THE_TOTAL), and the parts said of an item so far. */
  private readonly qualifiers = new Map<string, string>();
  private readonly parts = new Map<string, string[]>();
  readonly invalid = new Map<string, InvalidValue>();
  /** Fields a running total was said for while months are asked (RUNNING_TOTAL_ASKED_BACK, read-clause.ts). */
  readonly runningTotals = new Set<string>();
  context = '';
  /** Where the last figure read ends: a correction said since then is said of the next one (read-clause.ts). */
  figureEnd = 0;
  /** The last figure said of a kind of an item (门诊32人次), by item, measure word and sentence: see SIBLING_PART. */
  lastPart: { key: string; unit: string; sentence: number } | null = null;
  /** The head of the last label that named an item no field is (异常 in 宫颈异常3例): an elided label after it names it too. */
  otherHead: string | null = null;
  /** The kind the last qualified figure of a sentence was said of (住院 in 住院32人次), by sentence: QUALIFIER_OF_THE_SENTENCE. */
  private lastQualifier: { sentence: number; qualifier: string } | null = null;
  sentenceQualifier(sentence: number): string {
    return this.lastQualifier?.sentence === sentence ? this.lastQualifier.qualifier : '';
  }
  noteSentenceQualifier(sentence: number, qualifier: string): void {
    this.lastQualifier = { sentence, qualifier };
  }
  /** Labels listed with 、 and no figure yet (燃气、电路隐患均为0): the next shared figure applies to them too. */
  listed: Array<{ entry: FieldEntry; anchor: number }> = [];
  /** Fields still waiting for their figure after 低保户、低保人数分别为120、208. */
  respectively: FieldEntry[] = [];
  /** Figures after a 分别 whose count does not match its labels are held up to here: none is read (RESPECTIVELY_COUNTS). */
  respectivelyHeldUntil = 0;
  /** The whole dictionary, when the caller gave it: figures for items nobody asked are found against it. */
  dictionary: CandidateIndex | null = null;
  readonly unasked = new Map<string, UnaskedValue>();
  /** Totals whose parts said before them add up to something else (PARTS_THEN_TOTAL), by where they start: the parts' sum. */
  unsummed: ReadonlyMap<number, number> = new Map();
  /** The item nobody asked of this unit that the last label named, in its sentence (see UNASKED_SUBJECT_CARRIES). */
  unaskedSubject: { key: string; unit: string; sentence: number } | null = null;
  /** The items a sentence gave figures of, by name (SUM_ACROSS_ITEMS, read-clause.ts). */
  itemsSaid: { sentence: number; keys: Set<string>; sum: number } = { sentence: -1, keys: new Set(), sum: 0 };

  noteItemSaid(sentence: number, key: string, value: number): void {
    if (this.itemsSaid.sentence !== sentence) this.itemsSaid = { sentence, keys: new Set(), sum: 0 };
    this.itemsSaid.keys.add(key);
    this.itemsSaid.sum += value;
  }

  /** Whether `total` adds up the figures of two or more items this sentence named (SUM_ACROSS_ITEMS). */
  sumsItemsOf(sentence: number, total: number): boolean {
    const said = this.itemsSaid;
    return said.sentence === sentence && said.keys.size >= 2 && Math.abs(said.sum - total) < 1e-9 * Math.max(1, Math.abs(total));
  }
  readonly choices: ChoiceValue[] = [];
  readonly changes: ChangeClaim[] = [];
  private readonly deferred: Deferred[] = [];
  /** How closely the period said fitted each value's period (see PeriodChoice). */
  private readonly fits = new Map<string, number>();
  /** The reply's day (YYYY-MM-DD), when known. */
  today: string | undefined;
  /** A text value (灾情：房屋受损2户（无人员伤亡）…) runs to here: the words inside it are no figures of their own. */
  textUntil = 0;
  /** The sentence being read corrects an earlier figure. */
  correcting = false;
  /** Days the reply names (11月3日), as YYYY-MM-DD at their index: they place a figure among several open periods. */
  days: Array<{ index: number; day: string }> = [];
  /** The reply speaks of what the reporter said just now (刚才说错了): its latest reply. */
  justNow = false;
  constructor(
    readonly byField: Map<string, PeriodCandidate[]>,
    readonly mentions: ReplyMention[],
    /** Bracketed asides, [start, end): a period named inside one (上月118户) holds only inside it. */
    readonly asides: ReadonlyArray<readonly [number, number]> = [],
  ) {}

  private asideOf(at: number): readonly [number, number] | undefined {
    return this.asides.find(([s, e]) => at >= s && at < e);
  }

  /** The periods said in [from, to), the nearest first, at most a few (mentions are sorted by index). */
  periodsSaid(from: number, to: number, most = 8): string[] {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid]!.index < to) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo - 1; i >= 0 && out.length < most && this.mentions[i]!.index >= from; i--) out.push(this.mentions[i]!.period);
    return out;
  }

  periodWordAt(anchor: number, sentence: Sentence): PeriodWord | null {
    // Binary search for the last mention before the anchor: replies may hold thousands of them.
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid]!.index < anchor) lo = mid + 1;
      else hi = mid;
    }
    let i = lo - 1;
    while (i >= 0 && this.mentions[i]!.until !== undefined && this.mentions[i]!.until! <= anchor) i--;
    if (this.asides.length) {
      const here = this.asideOf(anchor);
      while (i >= 0) {
        const aside = this.asideOf(this.mentions[i]!.index);
        if (!aside || aside === here) break;
        i--;
      }
    }
    const found = i >= 0 ? this.mentions[i]! : null;
    return found ? { period: found.period, sameSentence: found.index >= sentence.start, cumulative: !!found.cumulative } : null;
  }

  /** Where figures start whose qualifier is a kind said right before the item's name (城市低保0户): see KIND_NEVER_REPLACES_THE_WHOLE. */
  readonly kindsSaid = new Set<number>();
  /** Figures said with words that name no item, by the one item they could be (ASKED_WHAT_IT_IS, read-clause.ts). */
  private readonly unnamed = new Map<string, () => void>();
  noteUnnamed(entry: FieldEntry, ask: () => void): void {
    if (!this.unnamed.has(entry.field.key)) this.unnamed.set(entry.field.key, ask);
  }

  /** Once the reply is read: each item that got no figure, nor a question, is asked about the figure noted for it. */
  askUnnamed(): void {
    for (const [field, ask] of this.unnamed) {
      const has = (key: string): boolean => key.startsWith(`${field}\u0000`);
      if (![...this.values.keys()].some(has) && ![...this.invalid.keys()].some(has) && !this.changes.some((c) => c.field === field)) ask();
    }
  }

  emitter(sentence: Sentence, correction: boolean): Emitter {
    this.correcting = correction;
    // (an object of a class, not of closures: a clause's emitter is made for every clause, and the loader (tsx, keepNames)
    // names each closure made)
    return new SentenceEmitter(this, sentence, correction);
  }

  private choose(sentence: Sentence, correction: boolean, entry: FieldEntry, anchor: number): ReturnType<typeof choosePeriod> {
    const open = this.byField.get(entry.field.key) ?? [];
    const word = this.periodWordAt(anchor, sentence);
    if (open.length > 1 && !word?.sameSentence) {
      const held = periodHoldingDays(open, this.days.filter((d) => d.index >= sentence.start && d.index <= sentence.end).map((d) => d.day));
      if (held !== undefined) return { ok: true, period: held, fit: 2 };
    }
    return choosePeriod(open, word, correction, this.today, this.justNow);
  }

  emitValue(
    sentence: Sentence, correction: boolean,
    entry: FieldEntry, anchor: number, raw: string, check: (field: FieldDef) => Checked, keepExisting: boolean, qualifier = '',
  ): void {
    const both = this.bothPeriodsAt(sentence, entry, anchor);
    if (both) {
      for (const period of both) this.put(entry, period, raw, check, keepExisting, correction, 0, qualifier);
      return;
    }
    const choice = this.choose(sentence, correction, entry, anchor);
    if (!choice.ok) {
      if (choice.open) {
        this.deferred.push({ entry, raw, check, keepExisting, correction, open: choice.open, reason: choice.reason });
        return;
      }
      return this.addInvalid({ field: entry.field.key, period: choice.period ?? null, raw, reason: choice.reason, ...(choice.period !== undefined ? { saidForAnotherPeriod: true as const } : {}) });
    }
    this.put(entry, choice.period, raw, check, keepExisting, correction, choice.fit, qualifier, this.kindsSaid.has(anchor));
  }

  /**
   * BOTH_PERIODS: 巡田员两个月都是5个人 / 低保户10月11月都是43户 / 发现问题两个月都没有: right before the figure, the two
   * periods asked said together (两个月, 两个季度, or both named one after the other) and then 都/均: the figure is each
   * period's. Only when exactly two periods of the item are open; null otherwise.
   */
  private bothPeriodsAt(sentence: Sentence, entry: FieldEntry, anchor: number): Array<string | null> | null {
    const open = this.byField.get(entry.field.key) ?? [];
    if (open.length !== 2) return null;
    const at = anchor - sentence.start;
    if (at <= 0 || at > sentence.text.length) return null;
    const from = Math.max(0, at - 18);
    // the period words are blanked in the sentence: put them back (10月、11月都是)
    const chars = [...sentence.text.slice(from, at)];
    for (const m of this.mentions) {
      const i = m.index - sentence.start - from;
      if (i >= 0 && i + m.text.length <= chars.length) for (let k = 0; k < m.text.length; k++) chars[i + k] = m.text[k]!;
    }
    const before = chars.join('');
    // (两个月都没有: the none is read from 都没有, so the figure's anchor may be 都 itself)
    const together = BOTH_PERIODS_BEFORE.test(before) || (/^(?:都|均|全都)/.test(sentence.text.slice(at)) && PERIODS_TOGETHER_BEFORE.test(before));
    return together ? open.map((c) => c.period) : null;
  }

  emitInvalid(
    sentence: Sentence, correction: boolean, entry: FieldEntry, anchor: number, raw: string, reason: string, readings: Reading[] | undefined,
  ): void {
    const choice = this.choose(sentence, correction, entry, anchor);
    this.addInvalid({ field: entry.field.key, period: choice.ok ? choice.period : null, raw, reason, ...(readings ? { readings } : {}) });
  }

  emitChange(
    sentence: Sentence, entry: FieldEntry, anchor: number, raw: string, check: (field: FieldDef) => Checked, sign: 1 | -1,
    against: ChangeClaim['against'], plain = false,
  ): void {
    // a change against the figure given corrects what is answered; one against last month fills what is open
    const asked = this.byField.get(entry.field.key) ?? [];
    const periodWord = this.periodWordAt(anchor, sentence);
    // PLAIN_CHANGE_OF_TWO_PERIODS: 人数多了3个 with 10月 answered and 11月 open, no period said: a correction of 10月 or 11月's
    // change from 10月 — both are left open (the bot asks for the figure); it corrected 10月, a right figure made wrong
    if (plain && against === 'held' && !periodWord && asked.some((p) => p.answered) && asked.some((p) => !p.answered)) {
      const checked = check(entry.field);
      if (checked.ok && typeof checked.value === 'number' && !checked.approximate) {
        this.changes.push({ field: entry.field.key, period: null, periods: asked.map((p) => p.period), delta: sign * checked.value, against, raw });
        return;
      }
    }
    const choice = choosePeriod(asked, periodWord, against === 'held', this.today);
    const checked = check(entry.field);
    if (!checked.ok) return this.addInvalid({ field: entry.field.key, period: choice.ok ? choice.period : null, raw, reason: checked.reason });
    const periods = choice.ok ? [choice.period] : choice.open;
    if (!periods || typeof checked.value !== 'number' || checked.approximate) {
      return this.addInvalid({ field: entry.field.key, period: choice.ok ? choice.period : null, raw, reason: `“${raw}”是变化量，请直接回复${entry.field.label}的数字` });
    }
    this.changes.push({ field: entry.field.key, period: periods.length === 1 ? periods[0]! : null, periods, delta: sign * checked.value, against, raw });
  }

  emitChoice(
    sentence: Sentence, correction: boolean, entries: FieldEntry[], anchor: number, raw: string, check: (field: FieldDef) => Checked,
    settle = false,
  ): void {
    const options: ChoiceValue['options'] = [];
    const open: Array<{ entry: FieldEntry; period: string | null }> = [];
    for (const entry of entries) {
      const period = this.choose(sentence, correction, entry, anchor);
      const checked = check(entry.field);
      if (!period.ok || !checked.ok || checked.confirm) continue;
      options.push({ field: entry.field.key, period: period.period, value: checked.value, ...(checked.approximate ? { approximate: true } : {}) });
      if (!this.saidInItsMeasure(entry, period.period, raw)) open.push({ entry, period: period.period });
    }
    // OTHER_OF_TWO_SETTLED: 医疗救助 32人次 5.6万 — of the two items the bare figure could be, one was given just now in its own
    // measure (32人次): the figure is the other one's
    if (settle && !correction && options.length === 2 && open.length === 1) return this.put(open[0]!.entry, open[0]!.period, raw, check, false, false);
    if (options.length >= 2) this.choices.push({ raw, options });
  }

  settleDeferred(): void {
    if (!this.deferred.length) return;
    const answered = new Set([...this.values.values()].map((v) => v.period));
    for (const d of this.deferred) {
      const hits = d.open.filter((p) => answered.has(p));
      if (hits.length === 1) {
        this.put(d.entry, hits[0]!, d.raw, d.check, d.keepExisting, d.correction);
        continue;
      }
      const checked = d.check(d.entry.field);
      if (!checked.ok) {
        this.addInvalid({ field: d.entry.field.key, period: null, raw: d.raw, reason: checked.reason });
        continue;
      }
      const options = d.open.slice(0, 3).map((period) => ({
        field: d.entry.field.key, period, value: checked.value, ...(checked.approximate ? { approximate: true } : {}),
      }));
      if (options.length >= 2) this.choices.push({ raw: d.raw, options });
      else this.addInvalid({ field: d.entry.field.key, period: null, raw: d.raw, reason: d.reason });
    }
    this.deferred.length = 0;
  }

  private put(
    entry: FieldEntry, period: string | null, raw: string, check: (field: FieldDef) => Checked, keepExisting: boolean, correction: boolean,
    fit = 3, qualifier = '', kindSaid = false,
  ): void {
    const checked = check(entry.field);
    if (!checked.ok) return this.addInvalid({ field: entry.field.key, period, raw, reason: checked.reason });
    const key = `${entry.field.key}\u0000${period}`;
    // PARTS_NOT_THE_TOTAL: 特困供养人数：集中供养12人，分散供养20人 / 城市低保30户，农村低保98户 / 男2女5 — two figures for one
    // item, each said of a different kind of it and neither corrected, are its parts: neither is the item's figure, and the
    // reporter is asked for the total (a figure said of the item itself, 共32人, is read as usual and settles it)
    const parts = this.parts.get(key);
    if (parts && qualifier && !correction) {
      parts.push(qualifier + raw);
      return this.askForTheTotal(entry, period, parts);
    }
    const earlier = this.values.get(key);
    const earlierQualifier = this.qualifiers.get(key);
    // (发放宣传资料200余份，宣传活动2次: counts in two measures are two things, not two kinds of one; 说的八百多，准确数是826: an
    // estimate then the exact figure is one figure said twice)
    if (earlier && !correction && !earlier.correction && !earlier.approximate && !checked.approximate && qualifier && earlierQualifier
      && !qualifier.includes(earlierQualifier) && !earlierQualifier.includes(qualifier)
      && (measureOf(earlier.raw) === measureOf(raw) || checked.value === 0 || earlier.value === 0)) {
      this.values.delete(key);
      const both = [earlierQualifier + earlier.raw, qualifier + raw];
      this.parts.set(key, both);
      return this.askForTheTotal(entry, period, both);
    }
    // KIND_NEVER_REPLACES_THE_WHOLE: 低保132户，城市低保0户 / 低保户数132户，其中城市低保无 — a figure said of one kind of the item
    // (城市) after one said of the item itself is a part of it, never its figure (0 replaced 132: a wrong figure)
    if (earlier && !correction && !earlier.correction && kindSaid && earlierQualifier === '') return;
    // NIL_OF_ONE_KIND: 城市低保无 / 分散供养特困没有 — none of one kind of the item is no figure of the whole: asked for
    // (stored, the whole became 0: a wrong figure); (农村低保132户，城市低保无: with another kind said, both are its parts)
    if (!earlier && !correction && kindSaid && checked.value === 0) {
      this.parts.set(key, [qualifier + raw]);
      return this.askForTheTotal(entry, period, [qualifier + raw]);
    }
    // EXACT_NOT_REPLACED_BY_AN_ESTIMATE: 后湾村 任务1200亩 种了大概900亩左右 — an estimate later in the reply never replaces the
    // exact figure it gave for the same item (an estimate corrects nothing; it speaks of something else, here what was
    // planted), unless it is said as a correction. Replaced, the task became 约900 (a wrong figure).
    if (earlier && !correction && !earlier.correction && !earlier.approximate && checked.approximate && earlier.value !== checked.value) return;
    this.parts.delete(key);
    this.qualifiers.set(key, qualifier);
    // 11月份体检了312人，1-11月累计2,980人 for 截至11月底: a figure said for exactly the period asked wins over one
    // said for a period that only falls inside it.
    if (keepExisting && this.values.has(key) && !(fit === 0 && (this.fits.get(key) ?? 3) > 0)) return;
    this.fits.set(key, fit);
    this.values.delete(key);
    this.invalid.delete(key);
    this.values.set(key, {
      field: entry.field.key, period, value: checked.value, raw, correction,
      ...(checked.approximate ? { approximate: true } : {}),
      ...(checked.confirm ? { confirm: checked.confirm } : {}),
    });
  }

  /** This reply gave the item a figure in the item's own measure word (32人次 for 医疗救助人次), and `raw` is not said in it. */
  private saidInItsMeasure(entry: FieldEntry, period: string | null, raw: string): boolean {
    const earlier = this.values.get(`${entry.field.key}\u0000${period}`);
    const unit = entry.field.unit ?? '';
    return Boolean(earlier && unit && measureOf(earlier.raw) === unit && measureOf(raw) !== unit);
  }

  private askForTheTotal(entry: FieldEntry, period: string | null, parts: string[]): void {
    const key = `${entry.field.key}\u0000${period}`;
    this.invalid.set(key, { field: entry.field.key, period, raw: parts.join('、'), reason: `“${parts.join('”“')}”是分项，请回复${entry.field.label}的合计数` });
  }

  private addInvalid(v: InvalidValue): void {
    const key = `${v.field}\u0000${v.period}`;
    if (!this.values.has(key)) this.invalid.set(key, v);
  }
}

/** What a clause of one sentence emits into the reply's state (ReplyState.emitter). */
class SentenceEmitter implements Emitter {
  constructor(private readonly state: ReplyState, private readonly sentence: Sentence, private readonly correction: boolean) {}

  value(entry: FieldEntry, anchor: number, raw: string, check: (field: FieldDef) => Checked, keepExisting = false, qualifier = ''): void {
    this.state.emitValue(this.sentence, this.correction, entry, anchor, raw, check, keepExisting, qualifier);
  }

  invalid(entry: FieldEntry, anchor: number, raw: string, reason: string, readings?: Reading[]): void {
    this.state.emitInvalid(this.sentence, this.correction, entry, anchor, raw, reason, readings);
  }

  change(entry: FieldEntry, anchor: number, raw: string, check: (field: FieldDef) => Checked, sign: 1 | -1, against: ChangeClaim['against'], plain = false): void {
    this.state.emitChange(this.sentence, entry, anchor, raw, check, sign, against, plain);
  }

  choice(entries: FieldEntry[], anchor: number, raw: string, check: (field: FieldDef) => Checked, settle = false): void {
    this.state.emitChoice(this.sentence, this.correction, entries, anchor, raw, check, settle);
  }
}
