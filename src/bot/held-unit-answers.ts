// Figures held until the reporter names the unit they are for, and the answers that settle them: a misnamed unit
// (「石乔村」是不是石桥村？, MISNAMED_UNIT), figures naming no unit (哪个村的数？, WHICH_UNIT) and the one village still
// waiting suggested (是白沙村的吗？, ONE_VILLAGE_WAITING). A unit named files the figures there for the items it was asked; a
// unit named after a negation (NEGATED_NAME) is left out, never chosen; a no keeps figures waiting for a name held.
import type { HeldValue } from '../store/held.js';
import { unitCore } from '../domain/reply/table.js';
import type { Settled } from './held-replies.js';
import { oneCharApart } from './misnamed-units.js';
import { negatedIn } from './negated-name.js';
import { ANSWER_WITHIN_DAYS, type AnsweredValue } from './open-questions.js';
import { placedByName, suggestQuestion, suggestedUnit, whichOffered, whichQuestion } from './which-unit.js';
import type { BotDeps, Turn } from './context.js';
import { fieldLabel, formatValue, quoteRaw, unitName } from './render.js';

/** A member's open holds that wait for a unit's name or a yes to one. */
export interface UnitHolds {
  /** Figures held for a misnamed unit (「白菓村」是不是白果村？): 是的 confirms them as well. */
  named: HeldValue[];
  /** Figures whose unit the reply named not at all, or by no roster name (哪个村的数？): only a unit's name settles them. */
  which: HeldValue[];
  /** Figures naming no unit held under the one village still waiting (是白沙村的吗？): a yes files them there. */
  suggested: HeldValue[];
}

export function unitHolds(open: readonly HeldValue[]): UnitHolds {
  return {
    named: open.filter((h) => h.kind === 'misnamed'),
    which: open.filter(isWhichUnit),
    suggested: open.filter(suggestedUnit),
  };
}

/**
 * 是的 to 「白菓村」是不是白果村？ or 是白沙村的吗？: the misnamed unit's figures are confirmed for the unit asked about, and
 * each suggested unit takes the figures for the items it was asked (moveTo), as when it is named.
 */
export function confirmUnits(deps: BotDeps, turn: Turn, holds: UnitHolds, text: string): { named: AnsweredValue[]; lines: string[] } {
  const { holds: set, waiting, superseded } = answeredSet(deps, turn, { ...holds, which: [] }, text);
  const { named, suggested } = set;
  for (const h of named) deps.store.held.settle(h.id, 'confirmed', turn.now);
  const placed = [...new Set(suggested.map((h) => h.unit))].map((u) => moveTo(deps, turn, suggested.filter((h) => h.unit === u), { id: u }));
  return {
    named: [...named.map((h) => asNamed(h, h.unit)), ...placed.flatMap((p) => p.named ?? [])],
    lines: [...placed.flatMap((p) => p.lines), ...afterFiling(deps, turn, placed.flatMap((p) => p.named ?? []), superseded, waiting)],
  };
}

/** A reply that names a unit for the holds that wait for one (or denies one). Null when it names none. */
export function settleUnitAnswer(deps: BotDeps, turn: Turn, holds: UnitHolds, text: string): Settled | null {
  const { holds: set, waiting, superseded } = answeredSet(deps, turn, holds, text);
  const { named, which, suggested } = set;
  const settled = (named.length ? settleUnitSaid(deps, turn, named, text) : null)
    ?? (suggested.length ? settleSuggested(deps, turn, suggested, text) : null)
    ?? (which.length ? settleUnitSaid(deps, turn, which, text, true) : null);
  return settled && { ...settled, lines: [...settled.lines, ...afterFiling(deps, turn, settled.named ?? [], superseded, waiting)] };
}

/**
 * What an answer leaves: the later figure went where the answer put it (filed, or held again for another question);
 * the earlier ones go only when it was filed, and are said gone, else they wait with the other sets, listed.
 */
function afterFiling(
  deps: BotDeps, turn: Turn, filed: readonly AnsweredValue[], superseded: readonly Superseded[], waiting: readonly HeldValue[],
): string[] {
  const isFiled = (s: Superseded): boolean => filed.some((v) => v.unit === s.later.unit && v.field === s.later.field && v.period === s.later.period);
  const unfiled = superseded.filter((s) => !isFiled(s)).flatMap((s) => s.earlier);
  return [...supersededLines(deps, turn, superseded.filter(isFiled)), ...stillWaiting(deps, [...waiting, ...unfiled])];
}

/**
 * LATER_FIGURE_COUNTS: 15户 then 16户 for one item, each asked 是白沙村的吗？: one answer settles both questions, and the
 * figure given later is the one filed (as a figure said again replaces the earlier one). The earlier ones are settled
 * as replaced, never left to vanish unsaid, and the clerk is told which figure counts and how to restore the other.
 */
function supersededLines(deps: BotDeps, turn: Turn, superseded: readonly Superseded[]): string[] {
  const { store } = deps;
  const roster = store.roster.snapshot();
  return superseded.map(({ earlier, later }) => {
    for (const h of earlier) store.held.settle(h.id, 'replaced', turn.now);
    const field = store.fields.get(later.field);
    const quoted = (h: HeldValue): string => `“${quoteRaw(h.raw, field)}”`;
    const item = `${unitName(roster, later.unit)}${fieldLabel(store.fields, later.field)}`;
    return `${item}先后报了${[...earlier, later].map(quoted).join('、')}，按后报的${quoted(later)}记，${earlier.map(quoted).join('、')}没有记录；`
      + `如果${quoted(earlier[earlier.length - 1]!)}才对，请再报一次。`;
  });
}

/** Earlier figures of one unit, item and period that waited for the same answer as a later one. */
interface Superseded {
  earlier: HeldValue[];
  later: HeldValue;
}

/**
 * ONE_SET_AT_A_TIME: figures of two messages or more wait for their unit (15户、30人 then 8户, each asked 哪个村的数？). An
 * answer settles one message's set, never all (two figures of one item would go to one village, the later over the
 * earlier): the set whose question offered the unit named, when one alone did, else the set asked about last. The
 * others stay held and wait for their own answer.
 */
function answeredSet(
  deps: BotDeps, turn: Turn, holds: UnitHolds, text: string,
): { holds: UnitHolds; waiting: HeldValue[]; superseded: Superseded[] } {
  const all = [...holds.named, ...holds.which, ...holds.suggested];
  const sets = [...new Set(all.map((h) => h.messageId))];
  if (sets.length < 2) return { holds, waiting: [], superseded: [] };
  const unit = unitNamed(deps, turn, text);
  // OFFERED_BY_THE_ASK: the units each question offered, as stored with its figures (never its words read again)
  const offering = unit ? sets.filter((m) => all.some((h) => h.messageId === m && h.offered.includes(unit.id))) : [];
  const askedAt = (m: number | null): number => Math.max(...all.filter((h) => h.messageId === m).map((h) => h.at.getTime()));
  const last = [...sets].sort((a, b) => askedAt(b) - askedAt(a) || (b ?? 0) - (a ?? 0))[0];
  const pick = offering.length === 1 ? offering[0] : last;
  const inSet = (h: HeldValue): boolean => h.messageId === pick;
  // LATER_FIGURE_COUNTS: figures of one unit, item and period asked the same 是白沙村的吗？ are answered together, the
  // latest filed whichever set it came in
  const superseded: Superseded[] = [];
  const suggested = holds.suggested.filter(inSet).map((h) => {
    const same = holds.suggested.filter((o) => o.unit === h.unit && o.field === h.field && o.period === h.period && o.reason === h.reason);
    if (same.length < 2) return h;
    const byTime = [...same].sort((a, b) => a.at.getTime() - b.at.getTime() || a.id - b.id);
    const later = byTime[byTime.length - 1]!;
    superseded.push({ earlier: byTime.slice(0, -1), later });
    return later;
  });
  const answered = new Set([...superseded.flatMap((s) => s.earlier), ...suggested].map((h) => h.id));
  return {
    holds: { named: holds.named.filter(inSet), which: holds.which.filter(inSet), suggested },
    waiting: all.filter((h) => !inSet(h) && !answered.has(h.id)),
    superseded,
  };
}

/** The sets an answer left: still held, listed, with their questions. */
function stillWaiting(deps: BotDeps, waiting: readonly HeldValue[]): string[] {
  if (!waiting.length) return [];
  return ['以下数还没有记录，仍等你回答：', ...heldList(deps, waiting), ...unitQuestionsAgain(deps, unitHolds(waiting))];
}

/**
 * 不是 / 不对 to the unit questions: a misnamed unit's figures are dropped (settled by the caller with every other hold
 * denied); figures waiting for a unit's name stay held, never lost untold. What to say about each.
 */
export function deniedUnitLines(deps: BotDeps, turn: Turn, holds: UnitHolds): string[] {
  const { named, which, suggested } = holds;
  return [
    ...(named.length ? [misnamedDropped(named)] : []),
    ...(which.length ? stillWaitingForName(deps, which) : []),
    ...(suggested.length ? askWhichInstead(deps, turn, suggested) : []),
  ];
}

/** ASKED_AGAIN_ONCE for the unit questions: each asked again, short, naming the answers it takes. */
export function unitQuestionsAgain(deps: BotDeps, holds: UnitHolds): string[] {
  const lines: string[] = [];
  for (const reason of new Set(holds.which.map((h) => h.reason))) lines.push(`${reason}请回复村或社区的名称。`);
  for (const reason of new Set(holds.suggested.map((h) => h.reason))) lines.push(`${reason}请回复“是的”，或者村、社区的名称。`);
  const roster = deps.store.roster.snapshot();
  const labels = [...new Map(holds.named.map((h) => [h.label!, { label: h.label!, name: unitName(roster, h.unit) }])).values()];
  if (labels.length) lines.push(`${labels.map((m) => `「${m.label}」是不是${m.name}`).join('，')}？请回复“是的”或“不是”。`);
  return lines;
}

/**
 * 石桥村 / 是白沙村 / 不是，是石桥村 after 是白沙村的吗？: the unit named takes the figures (as after 哪个村的数？); 不是白沙村
 * names the one suggested only to deny it, and asks which instead. Null when the reply names no unit the clerk reports for.
 */
function settleSuggested(deps: BotDeps, turn: Turn, suggested: HeldValue[], text: string): Settled | null {
  const unit = unitNamed(deps, turn, text);
  if (!unit) {
    // 红星村: a village's name, but no unit the clerk reports for: nothing filed, the question asked again
    const answer = text.replace(POINTING_BACK, '');
    const said = UNIT_SAID.exec(correctedName(answer)?.named ?? answer)?.[1]?.trim() ?? '';
    if (!/^[\u4e00-\u9fa5]{1,8}(?:村|社区)$/.test(said)) return null;
    const questions = [...new Set(suggested.map((h) => h.reason))].join('');
    return { values: [], lines: [`「${said}」不是你代报的村或社区，数先不记录。${questions}请回复“是的”，或者村、社区的名称。`], consumed: true };
  }
  // 不是 / 不是白沙村的 after 是白沙村的吗？ deny it; 不是石桥村，是白沙村 names it
  const back = text.replace(POINTING_BACK, '');
  if (SAYS_NO.test(back) && !correctedName(back) && suggested.some((h) => h.unit === unit.id)) {
    return { values: [], lines: askWhichInstead(deps, turn, suggested), consumed: true };
  }
  // 不是石桥村 after 是白沙村的吗？: a unit named after a negation is excluded, never filed; the question stays open
  if (negatedIn(text, unitNames(unit.name))) {
    const questions = [...new Set(suggested.map((h) => h.reason))].join('');
    return { values: [], lines: [`好的，不是${unit.name}的，数先不记录。${questions}请回复“是的”，或者村、社区的名称。`], consumed: true };
  }
  return moveTo(deps, turn, suggested, unit);
}

/**
 * 不是 after 是白沙村的吗？: the figures are not filed and not dropped; they are held again under the clerk's own unit and
 * the clerk is asked 哪个村的数？ in one line that says they are kept, naming (two to four) the other units the clerk
 * reports for that were asked those items — never the unit denied. Only a unit's name settles them (WHICH_UNIT).
 */
function askWhichInstead(deps: BotDeps, turn: Turn, suggested: readonly HeldValue[]): string[] {
  const { store } = deps;
  const own = turn.member.unit ?? suggested[0]!.unit;
  const roster = store.roster.snapshot();
  const denied = [...new Set(suggested.map((h) => h.unit))];
  const since = new Date(turn.now.getTime() - ANSWER_WITHIN_DAYS * 86_400_000);
  const askedThese = (unit: string): boolean =>
    store.asks.replyableOf(unit, since).some((a) => suggested.some((h) => a.field === h.field && a.period === h.period));
  const others = roster.units.filter((u) => u.parent === own && !denied.includes(u.id) && askedThese(u.id));
  // no other unit asked those items: the bare question, its place word (村 / 社区) from the unit denied
  const asked = others.length ? others : denied.slice(0, 1).map((id) => ({ id }));
  const question = whichQuestion('', asked, roster);
  for (const h of suggested) {
    store.held.settle(h.id, 'replaced', turn.now);
    store.held.hold({
      memberId: h.memberId, unit: own, field: h.field, period: h.period, value: h.value, approximate: h.approximate, raw: h.raw,
      reason: question, options: null, messageId: h.messageId, at: turn.now, label: '', kind: 'which', offered: whichOffered(asked),
    });
  }
  const names = denied.map((id) => unitName(roster, id)).join('、');
  const count = suggested.length === 1 ? '这个数' : `这${suggested.length}个数`;
  return [`好的，不是${names}的，${count}先留着，不入库。${question}请回复村或社区的名称，我就记到它下面。`];
}

/** A figure held until the reporter says which unit it is for (WHICH_UNIT, which-unit.ts). */
function isWhichUnit(h: HeldValue): boolean {
  return placedByName(h);
}

/** A figure held for a misnamed unit, as the unit meant (`unit`) gets it, with the message it was given in (留痕). */
function asNamed(h: HeldValue, unit: string): AnsweredValue {
  return {
    unit, field: h.field, period: h.period, value: h.value, raw: h.raw, correction: false, ...(h.approximate ? { approximate: true } : {}), askedIn: h.messageId,
  };
}

function misnamedDropped(named: readonly HeldValue[]): string {
  const labels = [...new Set(named.filter((h) => h.label).map((h) => `「${h.label}」`))].join('');
  if (!labels) return '好的，所说的单位没有要报这些项目，这些数没有记录。';
  return `好的，${labels}的数没有记录。是哪个单位的，请写上单位名称再报一次。`;
}

/** A unit's name and its core (白沙村, 白沙). */
function unitNames(name: string): string[] {
  const core = unitCore(name);
  return core.length >= 2 && core !== name ? [name, core] : [name];
}

/** The held figures, one a line, as they were written. */
function heldList(deps: BotDeps, holds: readonly HeldValue[]): string[] {
  const fields = deps.store.fields;
  return holds.map((h) => `· ${fieldLabel(fields, h.field)}“${quoteRaw(h.raw, fields.get(h.field))}”`);
}

/** 不是 after 哪个村的数？: the figures stay held, and the clerk is told which and asked again. */
function stillWaitingForName(deps: BotDeps, which: readonly HeldValue[]): string[] {
  const questions = [...new Set(which.map((h) => h.reason))].join('');
  return ['好的，以下数还没有记录，仍等你说是哪个村或社区的：', ...heldList(deps, which), `${questions}请回复村或社区的名称，我就记到它下面。`];
}

/**
 * 不是白沙村 after 哪个村的数？石桥村还是白沙村？: the unit denied is left out; the figures stay held (as long as the question
 * was open) and the clerk is asked again among the others the question named, or 是石桥村的吗？ when one alone is left
 * (only the figures of items it was asked; the others are said not recorded).
 */
function askWithout(deps: BotDeps, turn: Turn, holds: readonly HeldValue[], denied: { id: string; name: string }): Settled {
  const { store } = deps;
  const roster = store.roster.snapshot();
  const own = turn.member.unit ?? holds[0]!.unit;
  // OFFERED_BY_THE_ASK: the units the question offered, as stored with its figures
  const left = roster.units.filter((u) => u.parent === own && u.id !== denied.id && holds.some((h) => h.offered.includes(u.id)));
  const lines = [`好的，不是${denied.name}的，数先不记录。`];
  if (left.length === 1) {
    const one = left[0]!;
    const since = new Date(turn.now.getTime() - ANSWER_WITHIN_DAYS * 86_400_000);
    const asked = store.asks.replyableOf(one.id, since);
    const fits = holds.filter((h) => asked.some((a) => a.field === h.field && a.period === h.period));
    const question = suggestQuestion(one.name);
    for (const h of holds) {
      store.held.settle(h.id, fits.includes(h) ? 'replaced' : 'dropped', turn.now);
      if (!fits.includes(h)) continue;
      store.held.hold({
        memberId: h.memberId, unit: one.id, field: h.field, period: h.period, value: h.value, approximate: h.approximate, raw: h.raw,
        reason: question, options: null, messageId: h.messageId, at: h.at, label: '', kind: 'suggested', offered: [one.id],
      });
    }
    const unfit = holds.filter((h) => !fits.includes(h));
    if (fits.length) lines.push(`${question}以下数先不入库：`, ...heldList(deps, fits), `是的话请回复“是的”，我就记到${one.name}下面；不是请回复村或社区的名称。`);
    if (unfit.length) lines.push(`${one.name}没有要报这些项目，以下数没有记录：`, ...heldList(deps, unfit));
    return { values: [], lines, consumed: true };
  }
  const label = holds[0]!.label ?? '';
  const question = whichQuestion(label, left, roster);
  for (const h of holds) {
    store.held.settle(h.id, 'replaced', turn.now);
    store.held.hold({
      memberId: h.memberId, unit: h.unit, field: h.field, period: h.period, value: h.value, approximate: h.approximate, raw: h.raw,
      reason: question, options: null, messageId: h.messageId, at: h.at, label, kind: 'which', offered: whichOffered(left),
    });
  }
  lines.push(`${question}以下数先不入库：`, ...heldList(deps, holds), '请回复村或社区的名称，我就记到它下面。');
  return { values: [], lines, consumed: true };
}

/** The words around a unit's name in an answer that say nothing more: 是 / 对 / 不是 before it, 的 after it. */
const UNIT_SAID = /^(?:(?:是的|是|对的|对|就是|应该是|不是|不对|错了)[\s，,。]*)*(.+?)(?:的)?[\s。.！!~～]*$/;
/** Words pointing back at the figures already given, before a unit's name (上面那条是白沙村的 / 刚才的 / 这些数都是…). */
const POINTING_BACK = /^(?:上面|前面|刚才|刚刚|以上|上一|这|那)+(?:[一两几]?(?:条|个|些|项|组))?(?:的)?(?:数据|数字|数|消息)?(?:都)?[\s，,]*/;
const SAYS_NO = /^(?:不是|不对|错了)/;
const DENIED_THEN_NAMED =
  /^(?:不是|并非)\s*([\u4e00-\u9fa5]{2,12}?)(?:的)?(?:[\s，,。；;]+(?:而是|是|就是|应该是|应是)?|而是)\s*([\u4e00-\u9fa5]{2,12}?)(?:的)?[\s。.！!~～]*$/;

/**
 * 是白果村 / 对，白果村的 after 「白菓村」是不是白果村？: the unit meant, named; 不是，是四合村 names another unit the reporter
 * reports for instead, and the held figures go to that unit for the items and periods it was asked (the others are
 * dropped). Null when the reply names no such unit in so few words.
 */
function settleUnitSaid(deps: BotDeps, turn: Turn, named: HeldValue[], text: string, placing = false): Settled | null {
  const { store } = deps;
  const back = text.replace(POINTING_BACK, '');
  const unit = unitNamed(deps, turn, text);
  if (!unit) return namedNoneOfTheirs(deps, turn, named, back, placing);
  // 不是白沙村 / 不是白沙村的: a unit named after a negation is excluded, never chosen (不是，是白沙村 names it)
  if (negatedIn(text, unitNames(unit.name))) {
    if (placing) return askWithout(deps, turn, named, unit);
    const denied = named.filter((h) => h.unit === unit.id);
    if (!denied.length) {
      const roster = store.roster.snapshot();
      const asked = [...new Map(named.map((h) => [h.label!, `「${h.label}」是不是${unitName(roster, h.unit)}`])).values()].join('，');
      return { values: [], lines: [`好的，不是${unit.name}的，数先不记录。${asked}？请回复“是的”或“不是”。`], consumed: true };
    }
    // 不是石桥村 after 「石乔村」是不是石桥村？: a no to that suggestion, as 不是 is (its figures dropped and said so); a
    // question about another name stays open
    for (const h of denied) store.held.settle(h.id, 'dropped', turn.now);
    return { values: [], lines: [misnamedDropped(denied)], consumed: true };
  }
  // 石桥村 after 哪个村的数？: the unit named takes the figures, as 不是，是四合村 does below
  if (placing) return moveTo(deps, turn, named, unit);
  // 不是石乔村，是石桥村: the name as written denied, the one asked about named: a yes
  const corrected = correctedName(back) !== null;
  const confirmed = named.filter((h) => h.unit === unit.id);
  if (confirmed.length && (corrected || !SAYS_NO.test(back))) {
    for (const h of confirmed) store.held.settle(h.id, 'confirmed', turn.now);
    return { values: [], named: confirmed.map((h) => asNamed(h, unit.id)), lines: [], consumed: true };
  }
  if (!SAYS_NO.test(back) || confirmed.length) return null;
  // 不是，是四合村 / 不是石桥村，是白沙村: the unit named takes the figures
  return moveTo(deps, turn, named, unit);
}

/** A place's name as an answer gives it: a village's, a community's, a town's or a street's. */
const PLACE_NAME = /^[\u4e00-\u9fa5]{1,8}(?:村|社区|镇|乡|街道)$/;

/**
 * NAMED_NONE_OF_THEIRS: 不是石桥村，是红星村 after 「石乔村」是不是石桥村？ — or after 哪个村的数？ (`placing`: a village
 * offered, or the name written, denied) — denies a unit and names the one the figures are for, a place the reporter does
 * not report for (no roster unit, or another town's): the answer is taken — the figures held are dropped, never filed
 * under a unit of the reporter's, and the reporter is told why, which figures, and how to report them again. Null when
 * the answer is no such denial, or the name is one character from a unit the reporter reports for (白纱村 for 白沙村: a
 * slip, not another place; the question stays open).
 */
function namedNoneOfTheirs(deps: BotDeps, turn: Turn, named: HeldValue[], back: string, placing = false): Settled | null {
  const corrected = correctedName(back);
  const said = corrected?.named.replace(/的$/, '');
  if (!said || !PLACE_NAME.test(said) || !turn.member.unit) return null;
  const roster = deps.store.roster.snapshot();
  const own = turn.member.unit;
  if (roster.units.some((u) => (u.id === own || u.parent === own) && oneCharApart(said, u.name))) return null;
  for (const h of named) deps.store.held.settle(h.id, 'dropped', turn.now);
  if (placing) {
    // the figures were held under the reporter's own unit: they are named, as the unit question named them
    return {
      values: [],
      lines: [`好的，「${said}」不是你代报的村或社区，以下数没有记录：`, ...heldList(deps, named), '是哪个单位的，请写上单位名称再报一次。'],
      consumed: true,
    };
  }
  const denied = [...new Set(named.map((h) => unitName(roster, h.unit)))].join('、');
  const labels = [...new Set(named.map((h) => `「${h.label}」`))].join('');
  return {
    values: [],
    lines: [`好的，不是${denied}的。「${said}」不是你代报的村或社区，${labels}的数没有记录；是哪个单位的，请写上单位名称再报一次。`],
    consumed: true,
  };
}

/** The unit the reporter reports for (their own or one under it) that an answer of few words names, if any. */
function unitNamed(deps: BotDeps, turn: Turn, text: string): { id: string; name: string } | undefined {
  const own = turn.member.unit;
  if (!own) return undefined;
  const roster = deps.store.roster.snapshot();
  const reportable = roster.units.filter((u) => u.id === own || u.parent === own);
  const unitOf = (answer: string): (typeof reportable)[number] | undefined => {
    const said = UNIT_SAID.exec(answer)?.[1]?.trim();
    if (!said) return undefined;
    // (石桥 for 石桥村 and 石桥社区 names neither)
    const byCore = reportable.filter((u) => unitCore(u.name).length >= 2 && unitCore(u.name) === said);
    return reportable.find((u) => u.name === said) ?? (byCore.length === 1 ? byCore[0] : undefined);
  };
  // 上面那条是白沙村的: the words pointing back are left out only when the answer as written names no unit (那坡村)
  const back = text.replace(POINTING_BACK, '');
  const said = unitOf(text) ?? (back !== text ? unitOf(back) : undefined);
  if (said) return said;
  // 不是石桥村，是白沙村: the name after the one denied, when the two are not one unit
  const corrected = correctedName(back);
  if (!corrected) return undefined;
  const named = unitOf(corrected.named);
  return named && unitOf(corrected.denied)?.id !== named.id ? named : undefined;
}

/**
 * DENIED_THEN_NAMED: 不是石桥村，是白沙村 / 不是石乔村，白沙村的 / 不是石桥村而是白沙村: a name denied, then the one meant. Null
 * for any other answer (不是，是白沙村 names one alone, as UNIT_SAID reads it).
 */
function correctedName(text: string): { denied: string; named: string } | null {
  const m = DENIED_THEN_NAMED.exec(text.trim());
  return m ? { denied: m[1]!, named: m[2]! } : null;
}

/** 不是，是四合村: every figure held under the names asked about goes to the unit named, if it was asked that item. */
function moveTo(deps: BotDeps, turn: Turn, named: HeldValue[], unit: { id: string }): Settled {
  const { store } = deps;
  const since = new Date(turn.now.getTime() - ANSWER_WITHIN_DAYS * 86_400_000);
  const asked = store.asks.replyableOf(unit.id, since);
  const moved = named.filter((h) => asked.some((a) => a.field === h.field && a.period === h.period));
  for (const h of named) store.held.settle(h.id, moved.includes(h) ? 'chosen' : 'dropped', turn.now);
  const dropped = named.filter((h) => !moved.includes(h));
  const change = changeAsked(deps, turn, moved, unit.id);
  // figures written under no name (是白沙村的吗？ answered 是的): the items the unit was not asked are named
  const unnamed = dropped.filter((h) => h.label === '');
  const fields = store.fields;
  const lines = [
    ...(dropped.length > unnamed.length ? [misnamedDropped(dropped.filter((h) => h.label !== ''))] : []),
    ...(unnamed.length ? [`${unitName(store.roster.snapshot(), unit.id)}没有要报这些项目，以下数没有记录：`,
      ...unnamed.map((h) => `· ${fieldLabel(fields, h.field)}“${quoteRaw(h.raw, fields.get(h.field))}”`)] : []),
  ];
  if (change.length) return { values: [], lines: [...lines, ...change], consumed: true };
  return { values: [], named: moved.map((h) => asNamed(h, unit.id)), lines, consumed: true };
}

/** What the question of a change against a unit's own figure says after the unit's name (石桥村已报…，改为…吗？). */
const CHANGE_MARK = '已报';

/** A figure held by CHANGE_OF_A_REPORTED_UNIT: a yes files it over the unit's own, a no keeps the unit's own. */
export function isChangeAsked(h: HeldValue): boolean {
  return h.kind === 'change';
}

/**
 * CHANGE_OF_A_REPORTED_UNIT: an answer naming the unit figures are for (不是，石桥村 after 是白沙村的吗？ / 石桥村 after
 * 哪个村的数？) when that unit has already reported a different figure for one of those items: the answer may be a slip,
 * and a figure filed over the unit's own would be a wrong value. Nothing is filed: every figure of the answer is held
 * again under that unit for a yes (是的 files them, as a change; 不是 keeps the unit's own), and the clerk is asked one
 * short question, 石桥村已报低保户数12户，改为15户吗？ Empty (nothing held) when no figure differs from the unit's own.
 */
function changeAsked(deps: BotDeps, turn: Turn, moved: readonly HeldValue[], unit: string): string[] {
  const { store } = deps;
  const fields = store.fields;
  const differs = moved.filter((h) => {
    const own = store.pool.get(unit, h.field, h.period);
    return own !== undefined && JSON.stringify(own.value) !== JSON.stringify(h.value);
  });
  if (!differs.length) return [];
  const name = unitName(store.roster.snapshot(), unit);
  const question = `${name}${CHANGE_MARK}${differs.map((h) => {
    const f = fields.get(h.field);
    return `${fieldLabel(fields, h.field)}${formatValue(store.pool.get(unit, h.field, h.period)!.value, f)}`;
  }).join('、')}，改为${differs.map((h) => formatValue(h.value, fields.get(h.field))).join('、')}吗？`;
  for (const h of moved) {
    store.held.hold({
      memberId: h.memberId, unit, field: h.field, period: h.period, value: h.value, approximate: h.approximate, raw: h.raw,
      reason: question, options: null, messageId: h.messageId, at: turn.now, kind: 'change', offered: [unit],
    });
  }
  return [`${question}以下数先不入库：`, ...heldList(deps, moved), `改的话请回复“是的”；不改请回复“不是”，${name}仍按已报的数记。`];
}
