// WHICH_UNIT: a town or street clerk who reports for several villages or communities gives figures naming no unit the
// roster knows — none at all (低保户数12户，低保人数20人, the town itself not asked those items) or a name that is no roster
// unit and close to none (红星村：…) — for items its villages were asked. The bot never guesses which one: the figures are
// read as a village's would be, held under the clerk's own unit with the name as written (none: ''), and the clerk is
// asked one question, 哪个村的数？ with the villages still waiting for those items when they are few. The next reply that
// names one of them (石桥村 / 是石桥的) files the figures there (held-unit-answers.ts, settleUnitSaid).
import { describePeriod } from '../domain/period.js';
import { parseReply, type ParsedReply, type ParsedValue, type ReplyCandidate, type ReplyContext } from '../domain/reply/parse.js';
import { unitCore } from '../domain/reply/table.js';
import { partOf } from './misnamed-units.js';
import type { Roster } from '../domain/types.js';
import type { HeldKind } from '../store/held.js';
import type { BotDeps, Turn } from './context.js';
import { fieldLabel, formatValue, quoteRaw } from './render.js';

/** The question a which-unit hold carries (its reason) starts so: how such holds are told from a misnamed unit's. */
export const WHICH_UNIT_MARK = '哪个';

/**
 * A reply about the whole town or street (镇里汇总：全镇冬春救助共117户 / 合计 / 共计): its figures are the clerk's own unit's,
 * never a village's, so they are not asked about.
 */
const WHOLE = /全(?:镇|乡|街道|街|社区|村)|(?:镇|乡|街道)(?:里|上|级)|汇总|合计|总计|共计|本镇|本街道|我镇|我街道/;

/** At most this many villages are named in the question; more are left out (哪个村的数？). */
const NAMED_AT_MOST = 4;

export interface Unplaced {
  /** The name as written ('' when the reply names none). */
  label: string;
  values: ParsedValue[];
  /** The units still waiting for those items, in roster order. */
  likely: Array<{ id: string; name: string }>;
  question: string;
  /** The units the question offers by name (roster ids): what an answer naming one is matched against. */
  offered: string[];
  /**
   * ONE_VILLAGE_WAITING: figures naming no unit when only one village or community is still waiting for those items are
   * held under that unit, and the clerk is asked 是白沙村的吗？ (a yes files them there, a no asks 哪个村的数？).
   */
  suggested?: { id: string; name: string };
  /**
   * The figures for items the suggested unit was never asked (百岁老人人数 when only 石桥村 was): they cannot be its, so
   * they are left out of 是白沙村的吗？ from the start and the clerk is told they are not recorded.
   */
  unasked?: ParsedValue[];
}

type Other = { id: string; name: string; candidates: ReplyCandidate[] };

/**
 * The figures of a reply that name no unit the clerk may report for, read as one of its villages' figures. Null unless
 * the clerk speaks for two units or more, and the reply gave nothing the reader could place: no figure for the clerk's
 * own unit or a village it named, and either figures for items the clerk's unit was not asked or for no item named
 * (none named: 12户、20人 read again as a village's) or one name that is no roster unit; and the reply neither names the clerk's own unit nor speaks of the whole (WHOLE).
 */
export function readUnplaced(text: string, ctx: ReplyContext, parsed: ParsedReply, others: readonly Other[], roster: Roster): Unplaced | null {
  const own = ctx.unitName ?? '';
  const ownCore = unitCore(own);
  if (WHOLE.test(text) || (own && text.includes(own)) || (ownCore.length >= 2 && text.includes(ownCore))) return null;
  if (others.length < 2 || parsed.values.length || parsed.invalid.length || parsed.choices.length || parsed.changes.length) return null;
  const unknown = parsed.otherUnits.filter((u) => !roster.units.some((r) => r.name === u));
  if (parsed.otherUnits.length > 1 || unknown.length !== parsed.otherUnits.length) return null;
  const label = unknown[0] ?? '';
  // none named: the reply gave figures for items the clerk's unit was not asked, or no item's name at all (12户、20人)
  if (!label && parsed.unasked.length && !parsed.unasked.some((u) => u.unit === undefined)) return null;
  const model = others.find((o) => o.candidates.some((c) => !c.answered)) ?? others[0]!;
  const said = label ? text.split(label).join(model.name) : text;
  const again = parseReply(said, { ...ctx, candidates: model.candidates, unitName: model.name, others: [] });
  if (!again.values.length || again.invalid.length || again.choices.length) return null;
  const values = again.values.map(({ unit: _unit, ...v }) => v);
  const waiting = (o: Other): boolean => values.some((v) => o.candidates.some((c) => c.field.key === v.field && c.period === v.period && !c.answered));
  const likely = others.filter(waiting).map((o) => ({ id: o.id, name: o.name }));
  // one village still waiting for those items, no name written: asked whether it is that one's (never filed unasked)
  if (!label && likely.length === 1) {
    const one = others.find((o) => o.id === likely[0]!.id)!;
    const itsOwn = (v: ParsedValue): boolean => one.candidates.some((c) => c.field.key === v.field && c.period === v.period);
    const unasked = values.filter((v) => !itsOwn(v));
    return {
      label, values: values.filter(itsOwn), likely, question: suggestQuestion(likely[0]!.name), offered: [likely[0]!.id], suggested: likely[0]!,
      ...(unasked.length ? { unasked } : {}),
    };
  }
  return { label, values, likely, question: whichQuestion(label, likely, roster), offered: whichOffered(likely) };
}

/**
 * SHARED_SHORT_NAME: 清平29户、70人 from a town clerk who reports for both 清平村 and 清平社区: a name the reply gives that
 * is no roster unit's and that two or more units the clerk reports for start with (without their suffix). The bot never
 * picks one: what the reply says under that name is read as the first such unit's figures, held under the clerk's own
 * unit with the name as written, and the clerk is asked 「清平」是清平村还是清平社区？; the next reply naming one of them
 * files the figures there (held-unit-answers.ts, settleUnitSaid), as a which-unit hold's.
 */
export function readSharedNames(
  text: string, ctx: ReplyContext, parsed: ParsedReply, others: readonly Other[], roster: Roster,
): Unplaced[] {
  const found: Unplaced[] = [];
  for (const label of new Set(parsed.otherUnits)) {
    if (label.length < 2 || roster.units.some((u) => u.name === label)) continue;
    const owners = others.filter((o) => unitCore(o.name).startsWith(label));
    if (owners.length < 2) continue;
    const said = partOf(text, label);
    const model = owners.find((o) => o.candidates.some((c) => !c.answered)) ?? owners[0]!;
    const again = said ? parseReply(said.split(label).join(model.name), ctx) : null;
    const values = (again?.values ?? []).filter((v) => v.unit === model.id).map(({ unit: _unit, ...v }) => v);
    const question = `「${label}」是${owners.map((o) => o.name).join('还是')}？`;
    found.push({ label, values, likely: owners.map((o) => ({ id: o.id, name: o.name })), question, offered: owners.map((o) => o.id) });
  }
  return found;
}

/** Whether a hold waits for the name of the unit its figures are for (哪个村的数？ / 「清平」是清平村还是清平社区？). */
export function placedByName(h: { kind: HeldKind }): boolean {
  return h.kind === 'which';
}

/** 是白沙村的吗？: the question a hold suggesting the one unit still waiting carries (its reason). */
export function suggestQuestion(name: string): string {
  return `是${name}的吗？`;
}

/**
 * Whether a hold waits for a yes to the one unit suggested (是白沙村的吗？): held under that unit, with no name written.
 * A yes files it there; another unit the clerk reports for, named, takes it; a no asks 哪个村的数？.
 */
export function suggestedUnit(h: { kind: HeldKind }): boolean {
  return h.kind === 'suggested';
}

/** The units whichQuestion names (two to NAMED_AT_MOST of them; none otherwise), as roster ids. */
export function whichOffered(likely: ReadonlyArray<{ id: string }>): string[] {
  return likely.length >= 2 && likely.length <= NAMED_AT_MOST ? likely.map((l) => l.id) : [];
}

/** 哪个村的数？石桥村还是白沙村？ / 「红星村」是哪个村的数？ */
export function whichQuestion(label: string, likely: ReadonlyArray<{ id: string }>, roster: Roster): string {
  const kinds = new Set(likely.map((l) => roster.units.find((u) => u.id === l.id)?.kind));
  const place = kinds.size === 1 && kinds.has('village') ? '村' : kinds.size === 1 && kinds.has('community') ? '社区' : '村/社区';
  const names = likely.length >= 2 && likely.length <= NAMED_AT_MOST
    ? `${likely.map((l) => roster.units.find((u) => u.id === l.id)?.name ?? l.id).join('还是')}？` : '';
  return `${WHICH_UNIT_MARK}${place}的数？${label ? `（写的是「${label}」）` : ''}${names}`;
}

/** Holds the figures under the clerk's own unit, with the name as written, until the clerk names the unit. */
export function holdUnplaced(deps: BotDeps, turn: Turn, reporter: string, unplaced: Unplaced): void {
  for (const v of unplaced.values) {
    deps.store.held.hold({
      memberId: turn.member.id, unit: unplaced.suggested?.id ?? reporter, field: v.field, period: v.period, value: v.value, approximate: !!v.approximate,
      raw: v.raw, reason: unplaced.question, options: null, messageId: turn.lineId, at: turn.now, label: unplaced.label,
      kind: unplaced.suggested ? 'suggested' : 'which', offered: unplaced.offered,
    });
  }
}

/** What the bot says: the question, the figures waiting, how to answer. */
export function unplacedLines(deps: BotDeps, unplaced: Unplaced): string[] {
  const fields = deps.store.fields;
  const lines = [`${unplaced.question}以下数据先不入库：`];
  for (const v of unplaced.values) {
    lines.push(`· ${fieldLabel(fields, v.field)}（${describePeriod(v.period)}）：${v.approximate ? '约' : ''}${formatValue(v.value, fields.get(v.field))}`);
  }
  lines.push(unplaced.suggested
    ? `是的话请回复“是的”，我就记到${unplaced.suggested.name}下面；不是请回复村或社区的名称。`
    : '请回复村或社区的名称，我就记到它下面。');
  if (unplaced.suggested && unplaced.unasked?.length) {
    lines.push(`${unplaced.suggested.name}没有要报这些项目，以下数没有记录：`);
    for (const v of unplaced.unasked) lines.push(`· ${fieldLabel(fields, v.field)}“${quoteRaw(v.raw, fields.get(v.field))}”`);
  }
  return lines;
}
