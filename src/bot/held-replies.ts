// Figures held back from the pool until the reporter answers: a confirmation (是的) for one that failed a quality
// check or looks unlikely, or the item or period for one that could mean two. The next reply settles them. Figures
// waiting for the unit they are for are settled in held-unit-answers.ts.
import { describePeriod, findPeriodMentions } from '../domain/period.js';
import type { ChoiceValue, ParsedReply, ParsedValue } from '../domain/reply/parse.js';
import { COMMON_UNITS, findQuantities } from '../domain/reply/quantities.js';
import { unitFit } from '../domain/reply/bind.js';
import { periodKindPicked, placePicked, readShortAnswer } from '../domain/reply/short-answer.js';
import { comparablePeriods, qualityIssues } from '../domain/validate/quality.js';
import type { HeldOption, HeldValue } from '../store/held.js';
import { equatedRestatement } from './held-equation.js';
import { ANSWER_WITHIN_DAYS, type AnsweredValue } from './open-questions.js';
import { confirmUnits, deniedUnitLines, isChangeAsked, settleUnitAnswer, unitHolds, unitQuestionsAgain } from './held-unit-answers.js';
import { NEGATION_BEFORE, NEGATION_START, negatedIn } from './negated-name.js';
import { isNumeric, scalePicked } from '../domain/reply/values.js';
import { tellsAMistake } from '../domain/reply/intents.js';
import { roundFloat } from '../domain/numbers.js';
import type { BotDeps, Turn } from './context.js';
import { fieldLabel, formatValue, quoteRaw, unitName, type FieldLookup } from './render.js';

const CONFIRM = /^(?:(?:是的|是|对的|对|确认|确定|没错|无误|准确|属实|没问题|核实过了|核实了|就是这个数)[\s，,。.！!~～了的啊呀]*)+$/;
const DENY = /^(?:(?:不对|不是|错了|有误|写错了|报错了|搞错了)[\s，,。.！!~～了的啊呀]*)+$/;
/**
 * CONFIRMED_WITH_A_REASON: 对，新增了一个安置小区 / 没错，这个月并了两个村 — a confirmation, then why the figure is as it is,
 * with no figure and no item in the reason: as 对 alone (it was "no data found" and the figure stayed held).
 */
const CONFIRM_THEN_WORDS = /^(?:对的|对|是的|没错|确认|无误|属实|没问题)[\s，,。！!]+([^\d]{2,30})$/;

export interface Settled {
  /** Values the reply settled, ready for the pool. */
  values: ParsedValue[];
  /**
   * Figures held for a misnamed unit (白菓村) that the reply said was the unit meant, with the message they were given
   * in: checked like any new figure before they go to the pool.
   */
  named?: AnsweredValue[];
  /** What to say about holds the reply dropped. */
  lines: string[];
  /** The reply did nothing but settle holds: it is not read for new figures. */
  consumed: boolean;
  /** 是户数，人数是186: what follows the clause that settled a question, read as a reply of its own. */
  rest?: string;
}

const NOTHING: Settled = { values: [], lines: [], consumed: false };

function asValue(h: HeldValue, field: string, period: string | null, value = h.value): ParsedValue {
  return { unit: h.unit, field, period, value, raw: h.raw, correction: false, ...(h.approximate ? { approximate: true } : {}) };
}

/** Which of a choice's options the reply names: by an item's name, or by a period. Null when none or several. */
function chosen(h: HeldValue, text: string, deps: BotDeps, turn: Turn): HeldOption | null {
  const options = h.options ?? [];
  const byField = new Set(options.map((o) => o.field)).size > 1;
  if (byField) {
    // 不是低保户数: an item named after a negation is excluded, never chosen; the question stays open unless another
    // option is named outright (不是低保户数，是低保人数)
    const names = (o: HeldOption): string[] => {
      const f = deps.store.fields.get(o.field);
      const others = options.filter((x) => x !== o).map((x) => deps.store.fields.get(x.field)?.label ?? '');
      return f ? [f.label, ...f.aliases, ...distinctPart(f.label, others)] : [];
    };
    const denied = options.filter((o) => negatedIn(text, names(o)));
    const named = options.filter((o) => {
      const f = deps.store.fields.get(o.field);
      return !!f && !denied.includes(o) && [f.label, ...f.aliases].some((n) => n.length >= 2 && text.includes(n));
    });
    if (denied.length) return named.length === 1 ? named[0]! : null;
    // 低保人数 also contains 低保: of several named, the one named by the longest name.
    if (named.length === 1) return named[0]!;
    const longest = named.map((o) => {
      const f = deps.store.fields.get(o.field)!;
      return { o, len: Math.max(...[f.label, ...f.aliases].filter((n) => text.includes(n)).map((n) => n.length)) };
    }).sort((a, b) => b.len - a.len);
    if (longest.length > 1 && longest[0]!.len > longest[1]!.len) return longest[0]!.o;
    // 户数 / 人数: the part of the names that tells the options apart.
    const parts = options.filter((o) => {
      const f = deps.store.fields.get(o.field);
      const others = options.filter((x) => x !== o).map((x) => deps.store.fields.get(x.field)?.label ?? '');
      return !!f && distinctPart(f.label, others).some((p) => text.includes(p));
    });
    if (parts.length === 1) return parts[0]!;
    const measured = restatedIn(text, h, options.map((o) => o.field), deps);
    if (measured.length === 1) return options.find((o) => o.field === measured[0])!;
    const counted = countedIn(text, options.map((o) => o.field), deps);
    return counted.length === 1 ? options.find((o) => o.field === counted[0])! : null;
  }
  let mentions: Array<{ period: string; index: number }> = [];
  try {
    mentions = findPeriodMentions(text, turn.message.at, deps.settings().timezone);
  } catch {
    return null;
  }
  // 不是11月的: a period named after a negation is excluded, never chosen
  const denied = mentions.filter((m) => NEGATION_BEFORE.test(text.slice(0, m.index)));
  if (denied.length) mentions = mentions.filter((m) => !denied.includes(m) && !denied.some((d) => d.period === m.period));
  const hits = options.filter((o) => mentions.some((m) => m.period === o.period));
  return hits.length === 1 ? hits[0]! : null;
}

function pickedByPlace(h: HeldValue, text: string): HeldOption | null {
  const options = h.options ?? [];
  // 不是第一个 / 不是累计的: the place or kind named is denied, not chosen
  if (NEGATION_START.test(text.trim())) return null;
  const i = placePicked(text, options.length) ?? periodKindPicked(text, options.map((o) => o.period));
  return i === null ? null : options[i]!;
}

/** The two-character pieces of a label that no other label has (户数 in 低保户数 against 低保人数). */
function distinctPart(label: string, others: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 2 <= label.length; i++) {
    const piece = label.slice(i, i + 2);
    if (!others.some((o) => o.includes(piece))) out.push(piece);
  }
  return out;
}

/**
 * RESTATED_IN_ITS_MEASURE: 是25人，打错了 after 25户 was held for a count in 人: the held figure said again, alone, with a
 * measure word that fits the item's unit. The fields among `fields` that measure word fits.
 */
function restatedIn(text: string, h: HeldValue, fields: string[], deps: BotDeps): string[] {
  const figures = findQuantities(text, new Uint8Array(text.length + 1), COMMON_UNITS);
  if (figures.length !== 1 || figures[0]!.value !== h.value || !figures[0]!.unit) return [];
  const said = figures[0]!.unit;
  return fields.filter((f) => unitFit(said, deps.store.fields.get(f)?.unit) === 2);
}

/**
 * COUNTED_IN: 按户算的那个 / 按人算 / 户 after “120”是低保户数还是低保人数？: the answer names the measure an item is counted
 * in (the field's own unit), not the item: the fields among `fields` counted in that measure, exactly (人 for a count
 * in 人, never for one in 人次). None when the answer says more than the measure (a figure, an item's name, other words).
 */
function countedIn(text: string, fields: string[], deps: BotDeps): string[] {
  const s = text.trim().replace(/[\s，,。.！!~～？?了啊吧呢哈呀嘛]+$/, '').replace(/^(?:是|就是|应该是|应是|还是)/, '');
  const said = /^(?:按|以|论)([\u4e00-\u9fa5]{1,2}?)(?:算|计|计算|统计|来算|来)?(?:的)?(?:那个|那一个|这个|那项|那一项|数)?$/.exec(s)?.[1]
    ?? /^([\u4e00-\u9fa5]{1,2}?)(?:的)?(?:那个|那一个|这个)?$/.exec(s)?.[1];
  if (!said) return [];
  return fields.filter((f) => {
    const unit = deps.store.fields.get(f)?.unit;
    return !!unit && unit === said;
  });
}

/** Figures in a reply other than the one a question back asked about, in digits or in Chinese numerals. */
function givesOtherFigures(text: string, h: HeldValue): boolean {
  const figures = findQuantities(text, new Uint8Array(text.length + 1), COMMON_UNITS);
  return figures.some((q) => q.raw !== h.raw && !h.raw.startsWith(q.raw) && q.value !== h.value);
}

/**
 * THE_OTHER_PERIODS_FIGURE: 是11月的，10月是1,180人次 after “1,240人次”是哪个时期的老年助餐服务人次：10月还是11月？: once the
 * question is settled, a clause that names the other period it offered and gives one figure alone is that item's figure
 * for that period (the question named the item; the clause names nothing else). Null when the clause is anything more.
 */
function otherPeriodsFigure(h: HeldValue, pick: HeldOption, clause: string, deps: BotDeps, turn: Turn): ParsedValue | null {
  const options = h.options ?? [];
  if (new Set(options.map((o) => o.field)).size !== 1) return null;
  let mentions: Array<{ index: number; text: string; period: string }> = [];
  try {
    mentions = findPeriodMentions(clause, turn.message.at, deps.settings().timezone);
  } catch {
    return null;
  }
  if (mentions.length !== 1) return null;
  const m = mentions[0]!;
  if (m.period === pick.period || !options.some((o) => o.period === m.period)) return null;
  const field = deps.store.fields.get(pick.field);
  if (!field) return null;
  const figure = `${clause.slice(0, m.index)}${clause.slice(m.index + m.text.length)}`.replace(/^\s*(?:的|份)?/, '');
  const read = readShortAnswer(figure, { field, readings: [] });
  if (read.kind !== 'picked') return null;
  return { unit: h.unit, field: pick.field, period: m.period, value: read.value, raw: read.raw, correction: false };
}

/**
 * DENIED_WITH_A_REASON: 不是，那是走访的户数 / 不对，这个是去年的 — a denial, then words that say what the figure was
 * instead, with no figure and no item of the dictionary in them: as 不是 alone (it went unread, and the clerk heard
 * 没有找到需要你报送的数据). 不是，是低保人数 names an item and is left to the question's own reading.
 */
const DENIAL_THEN_WORDS = /^(?:不对|不是|错了|有误|搞错了)[\s，,。！!]+([^\d]{2,30})$/;

function confirmedWithAReason(deps: BotDeps, text: string): boolean {
  const why = CONFIRM_THEN_WORDS.exec(text)?.[1];
  return !!why && !deps.parsers.fieldMatcher().match(why).length && !NEGATED_WORDS.test(why);
}

/** A reason that takes the confirmation back (对，不过少算了一个村 / 是的，但是还要再核一下). */
const NEGATED_WORDS = /不|没|错|少|漏|但|再核|核实一下|问问/;

function deniedWithAReason(deps: BotDeps, text: string): boolean {
  const why = DENIAL_THEN_WORDS.exec(text)?.[1];
  return !!why && !deps.parsers.fieldMatcher().match(why).length;
}

/** What a reply does to the member's open holds, before it is read for new figures. */
export function settleHeld(deps: BotDeps, turn: Turn): Settled {
  const { store } = deps;
  const open = store.held.openOf(turn.member.id).filter((h) => turn.now.getTime() - h.at.getTime() <= ANSWER_WITHIN_DAYS * 86_400_000);
  if (!open.length) return NOTHING;
  const text = turn.text.trim();
  // figures waiting for their unit: a misnamed unit's are confirmed by 是的 as well, but never by a figure said again
  const units = unitHolds(open);
  const { which, suggested } = units;
  const confirms = open.filter((h) => h.kind === 'confirm' || h.kind === 'change');
  const choices = open.filter((h) => h.kind === 'choice');
  if ((confirms.length || units.named.length || suggested.length) && (CONFIRM.test(text) || confirmedWithAReason(deps, text))) {
    for (const h of confirms) store.held.settle(h.id, 'confirmed', turn.now);
    const placed = confirmUnits(deps, turn, units, text);
    return { values: confirms.map((h) => asValue(h, h.field, h.period)), named: placed.named, lines: placed.lines, consumed: true };
  }
  const unitAnswer = settleUnitAnswer(deps, turn, units, text);
  if (unitAnswer) return unitAnswer;
  // SCALE_PICKED: 万元 after 是2.4元，还是2.4万元？ — the unit alone picks the reading (one such question open)
  const scaled = confirms.flatMap((h) => {
    const factor = typeof h.value === 'number' ? scalePicked(text, h.reason) : null;
    return factor === null ? [] : [{ h, factor }];
  });
  if (scaled.length === 1) {
    const { h, factor } = scaled[0]!;
    store.held.settle(h.id, factor === 1 ? 'confirmed' : 'chosen', turn.now);
    return { values: [asValue(h, h.field, h.period, roundFloat((h.value as number) * factor))], lines: [], consumed: true };
  }
  const restated = confirms.filter((h) => restatedIn(text, h, [h.field], deps).length === 1);
  if (restated.length) {
    for (const h of restated) store.held.settle(h.id, 'confirmed', turn.now);
    return { values: restated.map((h) => asValue(h, h.field, h.period)), lines: [], consumed: true };
  }
  // 30户就是30个孩子: the held figure equated with the same number in the item's own terms
  const equated = confirms.flatMap((h) => {
    const e = equatedRestatement(text, h, store.fields.get(h.field)?.unit);
    return e ? [{ h, e }] : [];
  });
  if (equated.length === 1) {
    const { h, e } = equated[0]!;
    store.held.settle(h.id, 'confirmed', turn.now);
    return { values: [asValue(h, h.field, h.period)], lines: [], consumed: true, ...(e.rest ? { rest: e.rest } : {}) };
  }
  // (多打了个0 / 写反了: a mistake told while a figure waits for its confirmation denies that figure)
  if (open.length && (DENY.test(text) || deniedWithAReason(deps, text) || (confirms.length > 0 && tellsAMistake(text)))) {
    // figures waiting for a unit's name (哪个村的数？) stay held: 不是 names no unit, and they are never lost untold
    for (const h of open) if (!suggested.includes(h) && !which.includes(h)) store.held.settle(h.id, 'dropped', turn.now);
    const fields = store.fields;
    // CHANGE_OF_A_REPORTED_UNIT: 不是 to 石桥村已报12户，改为15户吗？ keeps the unit's own figures: nothing to ask for
    const changes = confirms.filter(isChangeAsked);
    const figures = open.filter((h) => h.kind === 'confirm' || h.kind === 'choice');
    const listed = (hs: readonly HeldValue[]): string[] => hs.map((h) => `· ${fieldLabel(fields, h.field)}“${quoteRaw(h.raw, fields.get(h.field))}”`);
    const kept = [...new Set(changes.map((h) => unitName(store.roster.snapshot(), h.unit)))].join('、');
    // DENIED_FIGURE_IS_OPEN: 请直接回复正确的数 is a question the next figure answers (and the to-do waits on)
    askForCorrect(deps, turn, confirms.filter((h) => !changes.includes(h)));
    return {
      values: [],
      lines: [
        ...(changes.length ? [`好的，${kept}仍按已报的数记，以下数没有记录：`, ...listed(changes)] : []),
        ...(figures.length ? ['好的，以下数没有记录，请直接回复正确的数：', ...listed(figures)] : []),
        ...deniedUnitLines(deps, turn, units),
      ],
      consumed: true,
    };
  }
  const values: ParsedValue[] = [];
  // 是户数，人数是186: a first clause without figures may answer the question, the rest is read as a new report
  const head = /^[^，,；;。\n]*/.exec(text)![0];
  let rest: string | undefined;
  // ONE_ITEM_FOR_TWO_FIGURES: 户数 after “126”… and “208”是低保户数还是低保人数？ names the item for neither figure
  // (both cannot be 低保户数): no figure is settled, and the questions stay open
  const picks = choices.map((h) => (givesOtherFigures(text, h) ? null : chosen(h, text, deps, turn)));
  const twice = new Set(picks.flatMap((p, i) => (p && picks.some((q, j) => j !== i && q && q.field === p.field && q.period === p.period) ? [i] : [])));
  for (const [i, h] of choices.entries()) {
    if (twice.has(i)) continue;
    // 户数 / 是户数 / 120是户数: the figure asked about may be said again; any other figure (二百八十五人 as much as 285)
    // makes it a new report. 是11月的 gives none: a month is no figure.
    let answer = text;
    if (givesOtherFigures(text, h)) {
      if (!head || head === text || givesOtherFigures(head, h) || choices.length > 1) continue;
      answer = head;
    }
    // 第一个 / 后者 / 累计: by its place or its kind of period, when this is the only question of the kind open
    const pick = chosen(h, answer, deps, turn) ?? (choices.length === 1 ? pickedByPlace(h, answer) : null);
    if (!pick) continue;
    store.held.settle(h.id, 'chosen', turn.now);
    values.push(asValue(h, pick.field, pick.period, 'value' in pick ? pick.value : h.value));
    if (answer === text) continue;
    const after = text.slice(head.length).replace(/^[，,；;。\s]+/, '');
    const other = otherPeriodsFigure(h, pick, after, deps, turn);
    if (other) values.push(other);
    else rest = after;
  }
  return values.length ? { values, lines: [], consumed: true, ...(rest ? { rest } : {}) } : NOTHING;
}

/**
 * ASKED_AGAIN_ONCE: the first reply after a question back (“120”是低保户数还是低保人数？ / 「白菓村」是不是白果村？) that
 * neither settles it nor gives anything else to record gets that question again, short, naming the answers it takes
 * (请只回复“低保户数”或“低保人数”), instead of the generic 没有找到; a later one gets the generic answer, so the bot asks
 * once more, never on and on. Empty when no such question waits or the member has written since it was asked.
 */
export function askedAgainLines(deps: BotDeps, turn: Turn): string[] {
  const { store } = deps;
  const open = store.held.openOf(turn.member.id)
    .filter((h) => turn.now.getTime() - h.at.getTime() <= ANSWER_WITHIN_DAYS * 86_400_000 && h.kind !== 'confirm' && h.kind !== 'change');
  const asked = open.map((h) => h.messageId).filter((m): m is number => m !== null);
  if (!asked.length || asked.length < open.length) return [];
  const since = Math.max(...asked);
  const written = store.messages.after({ kind: 'dm', memberId: turn.member.id }, since)
    .some((line) => line.sender === turn.member.id && line.id !== turn.lineId);
  if (written) return [];
  const fields = store.fields;
  const lines: string[] = [];
  for (const h of open.filter((x) => x.kind === 'choice')) {
    const options = h.options!;
    const byField = new Set(options.map((o) => o.field)).size > 1;
    const names = options.map((o) => (byField ? fieldLabel(fields, o.field) : describePeriod(o.period)));
    lines.push(`${h.reason.replace(/请回复(?:项目名称|时期)$/, '')}请只回复${names.map((n) => `“${n}”`).join('或')}。`);
  }
  lines.push(...unitQuestionsAgain(deps, unitHolds(open)));
  return lines.length ? ['还没有记录，请先回答：', ...lines] : [];
}

/**
 * DENIED_FIGURE_IS_OPEN: 不对 after a figure was held for a confirmation drops it and asks for the right one; each such
 * figure of a numeric item is kept as an open question (as a refused figure's is, recordQuestions), so the next bare
 * figure answers it and the reply and the to-do never call the member's data all reported while it waits.
 */
function askForCorrect(deps: BotDeps, turn: Turn, denied: readonly HeldValue[]): void {
  const seen = new Set<string>();
  for (const h of denied) {
    const field = deps.store.fields.get(h.field);
    const key = `${h.unit}\u0000${h.field}\u0000${h.period ?? ''}`;
    if (!field || !isNumeric(field) || seen.has(key)) continue;
    seen.add(key);
    deps.store.questions.ask({
      memberId: turn.member.id, unit: h.unit, field: h.field, period: h.period, raw: h.raw, question: '请直接回复正确的数',
      readings: [], messageId: turn.lineId, askedAt: turn.now, expiresAt: new Date(turn.now.getTime() + ANSWER_WITHIN_DAYS * 86_400_000),
    });
  }
}

/** Parsed figures that must wait: unlikely ones, doubtful bindings, and ones failing a data-quality check. */
export function screen(deps: BotDeps, reporter: string, parsed: ParsedReply): { pass: ParsedValue[]; hold: Array<ParsedValue & { reason: string }> } {
  const pass: ParsedValue[] = [];
  const hold: Array<ParsedValue & { reason: string }> = [];
  // each unit's figures are checked against that unit's pool (a town clerk may report for its villages)
  for (const unit of new Set(parsed.values.map((v) => v.unit ?? reporter))) {
    const values = parsed.values.filter((v) => (v.unit ?? reporter) === unit);
    screenUnit(deps, unit, values, pass, hold);
  }
  return { pass, hold };
}

function screenUnit(
  deps: BotDeps, unit: string, values: ParsedValue[], pass: ParsedValue[], hold: Array<ParsedValue & { reason: string }>,
): void {
  const { store } = deps;
  const issues = qualityIssues(values, {
    field: (key) => store.fields.get(key),
    rules: store.fields.rules(),
    held: (field, period) => store.pool.get(unit, field, period)?.value,
    previous: (field, period) => {
      const before = comparablePeriods(period, store.pool.periodsHeld(unit, field))[0];
      const v = before ? store.pool.get(unit, field, before) : undefined;
      return v && before ? { value: v.value, period: before } : undefined;
    },
  });
  values.forEach((v, i) => {
    const same = store.pool.get(unit, v.field, v.period);
    // the figure the pool already holds, said again: nothing new to question
    const reasons = same && JSON.stringify(same.value) === JSON.stringify(v.value) ? [] : [v.confirm, issues.get(i)].filter(Boolean);
    if (reasons.length) hold.push({ ...v, reason: reasons.join('；') });
    else pass.push(v);
  });
}

export function holdValues(deps: BotDeps, turn: Turn, reporter: string, held: Array<ParsedValue & { reason: string }>, choices: ChoiceValue[]): void {
  for (const v of held) {
    deps.store.held.hold({
      memberId: turn.member.id, unit: v.unit ?? reporter, field: v.field, period: v.period, value: v.value, approximate: !!v.approximate, raw: v.raw,
      reason: v.reason, options: null, messageId: turn.lineId, at: turn.now, kind: 'confirm',
    });
  }
  for (const c of choices) {
    const first = c.options[0]!;
    deps.store.held.hold({
      memberId: turn.member.id, unit: c.unit ?? reporter, field: first.field, period: first.period, value: first.value, approximate: !!first.approximate,
      raw: c.raw, reason: choiceQuestion(deps.store.fields, c), options: c.options.map((o) => ({ field: o.field, period: o.period, value: o.value })),
      messageId: turn.lineId, at: turn.now, kind: 'choice',
    });
  }
}

export function choiceQuestion(fields: FieldLookup, c: ChoiceValue): string {
  const byField = new Set(c.options.map((o) => o.field)).size > 1;
  const raw = quoteRaw(c.raw, ...c.options.map((o) => fields.get(o.field)));
  if (byField) return `“${raw}”是${c.options.map((o) => fieldLabel(fields, o.field)).join('还是')}？请回复项目名称`;
  return `“${raw}”是哪个时期的${fieldLabel(fields, c.options[0]!.field)}：${c.options.map((o) => describePeriod(o.period)).join('还是')}？请回复时期`;
}

/** Lines about what waits for the reporter: held figures and questions back. */
export function heldLines(deps: BotDeps, reporter: string, held: Array<ParsedValue & { reason: string }>, choices: ChoiceValue[]): string[] {
  const fields = deps.store.fields;
  const roster = deps.store.roster.snapshot();
  const whose = (u: string | undefined): string => (u && u !== reporter ? unitName(roster, u) : '');
  const lines: string[] = [];
  if (held.length) {
    lines.push('以下数据请确认后才入库：');
    for (const v of held) {
      const f = fields.get(v.field);
      lines.push(`· ${whose(v.unit)}${fieldLabel(fields, v.field)}（${describePeriod(v.period)}）：${v.approximate ? '约' : ''}${formatValue(v.value, f)}——${v.reason}`);
    }
    lines.push('数据无误请回复“是的”；有误请回复“更正：项目名称+正确的数”。');
  }
  if (choices.length) {
    lines.push('以下数字还没有记录，请说明：');
    for (const c of choices) lines.push(`· ${whose(c.unit)}${choiceQuestion(fields, c)}`);
  }
  return lines;
}
