// MISNAMED_UNIT: a unit a reply names that is no unit of the roster but one character from exactly one unit the
// reporter may report for (白菓村 for 白果村, 中鳌镇 for 中敖镇: a variant or homophone character typed or heard wrong).
// The bot never guesses which unit was meant: the figures given under that name are read as that unit's, held, and the
// reporter is asked 「白菓村」是不是白果村？ The next reply settles them (held-unit-answers.ts: 是的 stores them, 不是 drops them).
import { describePeriod } from '../domain/period.js';
import { isPending } from '../domain/reply/intents.js';
import { parseReply, type ParsedReply, type ParsedValue, type ReplyContext } from '../domain/reply/parse.js';
import { unitCore } from '../domain/reply/table.js';
import type { Roster } from '../domain/types.js';
import type { BotDeps, Turn } from './context.js';
import { fieldLabel, formatValue } from './render.js';

export interface Misnamed {
  /** The unit as the reply wrote it (白菓村). */
  label: string;
  /** The roster unit it is one character from (白果村). */
  unit: string;
  name: string;
  /** What the reply gives under that name, read as that unit's figures (none: nothing to hold, nothing to ask). */
  values: ParsedValue[];
}

/** Whether two names differ by one character: one changed, added or left out. Both at least three characters. */
export function oneCharApart(a: string, b: string): boolean {
  if (a === b || Math.min(a.length, b.length) < 3 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  let ja = a.length - 1;
  let jb = b.length - 1;
  while (ja >= i && jb >= i && a[ja] === b[jb]) {
    ja--;
    jb--;
  }
  // what is left between the shared start and the shared end: at most one character on each side
  return ja - i + 1 <= 1 && jb - i + 1 <= 1;
}

/** A name's place word, by level: a village's or a community's (石乔社区 for 石桥村), or a town's or a street's. */
const LOCAL = /(?:社区|居委会|村委会|村)$/;
const TOWN = /(?:街道办事处|街道办|街道|镇|乡)$/;

/**
 * OWN_UNIT_MISSPELT: a reporter who reports for their own unit only names a unit two characters from it — its name
 * without the place word one character off, and a place word of the same level (石乔社区 for 石桥村, 珠沱街道 for 朱沱镇)
 * — or, for a long name, any two characters off (荼山竹梅街道 for 茶山竹海街道). Nobody else's figures are theirs to give,
 * so the name is asked about (「石乔社区」是不是石桥村？), not noted as another unit's.
 */
function ownNameMisspelt(label: string, own: string): boolean {
  const level = (name: string): RegExp | null => (LOCAL.test(name) ? LOCAL : TOWN.test(name) ? TOWN : null);
  const kind = level(own);
  if (!kind || !kind.test(label)) return false;
  const a = unitCore(label);
  const b = unitCore(own);
  if (a.length < 2 || b.length < 2 || a === b) return false;
  return editDistance(a, b) <= 1 || (b.length >= 4 && editDistance(label, own) <= 2);
}

/** Characters changed, added or left out to make one name the other. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next.push(Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    row = next;
  }
  return row[b.length]!;
}

/**
 * The roster unit a name the reply gives is taken to mean, with a question: the one unit, among those the reporter may
 * report for, one character from it, when the name is no roster unit's (for a reporter of one unit, also two:
 * OWN_UNIT_MISSPELT). Null when it names a roster unit, or is that close to none or to several.
 */
export function nearUnit(label: string, roster: Roster, reportable: ReadonlyArray<{ id: string; name: string }>): { id: string; name: string } | null {
  if (roster.units.some((u) => u.name === label)) return null;
  const near = reportable.filter((u) => oneCharApart(label, u.name) || (reportable.length === 1 && ownNameMisspelt(label, u.name)));
  return near.length === 1 ? near[0]! : null;
}

/**
 * The other units a parsed reply names (`parsed.otherUnits`) that are misnamed units of the reporter: each with the
 * figures the reply gives under it, read again with the roster's name in its place. A figure the first reading already
 * gave for that unit, item and period is not taken again.
 */
export function readMisnamed(
  text: string, ctx: ReplyContext, parsed: ParsedReply, own: { id: string; name: string }, roster: Roster,
): Misnamed[] {
  const reportable = [own, ...(ctx.others ?? []).map((o) => ({ id: o.id, name: o.name }))];
  const found: Misnamed[] = [];
  for (const label of new Set(parsed.otherUnits)) {
    const unit = nearUnit(label, roster, reportable);
    if (unit) found.push({ label, unit: unit.id, name: unit.name, values: [] });
  }
  const key = (unit: string, v: ParsedValue): string => `${unit}\u0000${v.field}\u0000${v.period ?? ''}`;
  const given = new Set(parsed.values.map((v) => key(v.unit ?? own.id, v)));
  for (const m of found) {
    const said = partOf(text, m.label);
    if (!said) continue;
    const again = parseReply(said.split(m.label).join(m.name), ctx);
    m.values = again.values
      .filter((v) => (v.unit ?? own.id) === m.unit && !given.has(key(m.unit, v)))
      // the reporter's own unit is the one a figure without a unit is for
      .map((v) => ({ ...v, ...(m.unit === own.id ? {} : { unit: m.unit }) }));
  }
  return found;
}

/** Where a clause or sentence ends. */
const PART_END = /[；;。！!？?\n]/;
/** A line that opens with a place name (石桥村：…): another unit's part starts there. */
const UNIT_LINE = /^\s*[\u4e00-\u9fa5]{1,8}?(?:街道|镇|乡|社区|村)/;

/**
 * What the reply says under a unit's name: from the name to the end of its sentence (白菓村27户61人，资金叁万伍仟元；), or,
 * when the name heads a line of its own (白菓村：), the lines under it up to a blank line or the next line opening with
 * a place name. Only that part is read again, so that words after it the reader does not take for another unit's (清平29户
 * for 清平村) are never read as the misnamed unit's. Empty when the reply does not say the name as written.
 */
export function partOf(text: string, label: string): string {
  const at = text.indexOf(label);
  if (at < 0) return '';
  const rest = text.slice(at);
  const end = PART_END.exec(rest);
  const sentence = end ? rest.slice(0, end.index) : rest;
  if (sentence.slice(label.length).replace(/[\s:：]/g, '') !== '' || !end || end[0] !== '\n') return sentence;
  const lines = [sentence];
  for (const line of rest.slice(end.index + 1).split('\n')) {
    if (!line.trim() || UNIT_LINE.test(line)) break;
    lines.push(line);
  }
  return lines.join('\n');
}

/** Holds the figures given under misnamed units until the reporter says which unit was meant. */
export function holdMisnamed(deps: BotDeps, turn: Turn, reporter: string, misnamed: readonly Misnamed[]): void {
  for (const m of misnamed) {
    for (const v of m.values) {
      deps.store.held.hold({
        memberId: turn.member.id, unit: v.unit ?? reporter, field: v.field, period: v.period, value: v.value, approximate: !!v.approximate,
        raw: v.raw, reason: nameQuestion([m]), options: null, messageId: turn.lineId, at: turn.now, label: m.label, kind: 'misnamed',
        offered: [v.unit ?? reporter],
      });
    }
  }
}

/** 「白菓村」是不是白果村？ / 「白菓村」是不是白果村，「四和村」是不是四合村？: one question for every misnamed unit. */
export function nameQuestion(misnamed: ReadonlyArray<Pick<Misnamed, 'label' | 'name'>>): string {
  return `${misnamed.map((m) => `「${m.label}」是不是${m.name}`).join('，')}？`;
}

/** What the bot says about figures it holds for misnamed units: the question, the figures waiting, how to answer. */
export function misnamedLines(deps: BotDeps, misnamed: readonly Misnamed[]): string[] {
  const asked = misnamed.filter((m) => m.values.length);
  if (!asked.length) return [];
  const fields = deps.store.fields;
  const lines = [`${nameQuestion(asked)}以下数据先不入库：`];
  for (const m of asked) {
    for (const v of m.values) {
      const f = fields.get(v.field);
      lines.push(`· ${m.name}${fieldLabel(fields, v.field)}（${describePeriod(v.period)}）：${v.approximate ? '约' : ''}${formatValue(v.value, f)}`);
    }
  }
  lines.push('是的话请回复“是的”，我就记上；不是请回复“不是”。');
  return lines;
}

/**
 * PENDING_UNDER_A_MISNAMED_UNIT: 四和村还在核 from the clerk of 七塘镇, whose 四合村 it is one character from: no figure to
 * hold and nobody else's unit, so not 没有要你代报; the figures are still being checked, which is acknowledged, with
 * the roster's name to write when they come (the bot still does not guess that the two are one).
 */
export function pendingMisnamed(text: string, misnamed: readonly Misnamed[]): Misnamed[] {
  return misnamed.filter((m) => !m.values.length && isPending(partOf(text, m.label)));
}

/** 「四和村」的数还在核实：好的，核实后直接回复即可（是四合村的话，请写“四合村”）。 */
export function pendingMisnamedLines(pending: readonly Misnamed[]): string[] {
  return pending.map((m) => `「${m.label}」的数还在核实：好的，核实后直接回复即可（是${m.name}的话，请写“${m.name}”）。`);
}
