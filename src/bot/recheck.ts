// RECHECK_ASKED: a lead doubting figures a unit already sent (朱沱镇的低保人数好像不对，请核实后重报 / @胡晓燕 你们镇低保人数
// 比上月多了20多人，核实一下). Before, it was registered as a new request with no period and no due day, or went unanswered.
// Now the one who sent each figure is asked to check it (a correct figure corrects it, 无误 confirms it) and the lead hears
// who was asked about what; the figure on file stays until one of them answers.
import { doubtsFigures, fieldsPointedAt, itemsNamed } from '../domain/request/recheck.js';
import { parserFor } from '../domain/request/parse.js';
import { findTargets, unitNamesIn } from '../domain/request/targets.js';
import { describePeriod } from '../domain/period.js';
import type { FieldDef, ParseContext, ParsedRequest } from '../domain/types.js';
import type { PoolValue } from '../store/pool.js';
import { askFieldsOf } from './collect.js';
import { answer, type BotDeps, type Turn } from './context.js';
import { ANSWER_WITHIN_DAYS } from './open-questions.js';
import { departmentName, fieldLabel, formatStored, formatTime, listNames, unitName } from './render.js';
import { remainingLines } from './todo.js';

/** What an open question about a figure a lead doubted says; it is told apart from the bot's own questions by it. */
export const RECHECK_QUESTION = '负责人请核实此数';

/**
 * RECHECK_CONFIRMED: 无误 / 没问题 / 核实了，没错 / 数据是对的 / 就是208: the figure asked about stands. Words of the check
 * (核实了, 查过了) and of the figure (数据, 这个数, 原来报的) may come before the word that confirms it.
 */
const RECHECK_CONFIRMED = /^(?:(?:经|已经?|我|刚才?)?(?:核实|核对|核查|复核|查|核|确认|问)(?:过|了|一下|好)*[\s，,。、]*)?(?:(?:原来|之前|刚才|上面)?(?:报的|的)?(?:数据|数字|这个数|那个数|数)?(?:是|都|也)?)?(?:无误|没有?问题|没错|不错|是对的|对的|准确|属实|正确)(?:的)?[\s，,。.！!~～了啊呀哈]*$/;

/**
 * Answers a lead's message that doubts figures already on file for the units it names (or the unit of a member it @s),
 * for the items of the lead's department's active requests. False when it names no such unit or no figure is on file (a
 * unit still owing its figures is urged by the reminder path instead), when it asks for a period none is on file for, or
 * when it sets a due day of its own (a new ask, registered as a request).
 */
export function answerRecheck(deps: BotDeps, turn: Turn, ctx: ParseContext, parsed: ParsedRequest | null): boolean {
  // (请桃花、大坪两个村12月20日前再报一下…，县里核对: an ask with a due day of its own is a request again, as before)
  if (!doubtsFigures(turn.text) || parsed?.deadline) return false;
  const { units, byName } = unitsMeant(deps, turn, ctx, parsed);
  if (!units.size) return false;
  const { store } = deps;
  const requests = store.requests.activeIn(turn.member.department ?? '')
    .filter((r) => !parsed?.period || r.period === parsed.period);
  const onFile: PoolValue[] = [];
  const seen = new Set<string>();
  for (const r of requests) {
    for (const unit of r.targets) {
      if (!units.has(unit)) continue;
      for (const field of askFieldsOf(r)) {
        const key = `${unit}\u0000${field}\u0000${r.period ?? ''}`;
        const v = seen.has(key) ? undefined : store.pool.get(unit, field, r.period);
        seen.add(key);
        if (v) onFile.push(v);
      }
    }
  }
  const fieldsOnFile = [...new Set(onFile.map((v) => v.field))].flatMap((k) => store.fields.get(k) ?? []);
  const meant = new Set(fieldsPointedAt(turn.text, fieldsOnFile, store.fields.matchable()).map((f) => f.key));
  const doubted = onFile.filter((v) => meant.has(v.field));
  if (!doubted.length) {
    // NOTHING_ON_FILE_TO_CHECK: 朱沱镇的特困人数好像不对 with no such figure sent — the lead hears so (it went unanswered);
    // a group (各镇街…再确认一遍) with nothing on file may be a new ask, and is left to the paths after
    // (请朱沱镇核实辖区内危房户数并上报: a message that asks for items of its own is a request, left to the paths after)
    if (!byName || parsed?.fields.length) return false;
    answerNothingOnFile(deps, turn, [...units]);
    return true;
  }
  // (各镇街…再确认一遍: the units of the group with nothing on file are named to the lead, none is asked)
  const notYet = byName ? [] : [...units].filter((u) => requests.some((r) => r.targets.includes(u)) && !doubted.some((v) => v.unit === u));
  askToCheck(deps, turn, doubted, notYet);
  return true;
}

function answerNothingOnFile(deps: BotDeps, turn: Turn, units: string[]): void {
  const roster = deps.store.roster.snapshot();
  const named = itemsNamed(turn.text, deps.store.fields.matchable());
  const what = named.length && named.length <= 3 ? listNames(named.map((f) => f.label)) : '这项数据';
  answer(deps, turn, `${listNames(units.map((u) => unitName(roster, u)))}还没有报${what}，没有可核实的数。`);
}

/**
 * The units named in the text, and the unit of each member it @s (@胡晓燕 你们镇…); with none, the units of a group phrase
 * (请各镇街把本月报的数再确认一遍: GROUP_ASKED_TO_CHECK — it went unanswered), when it speaks of figures sent already and
 * asks for no item of its own. byName: the units were named or @-ed.
 */
function unitsMeant(deps: BotDeps, turn: Turn, ctx: ParseContext, parsed: ParsedRequest | null): { units: Set<string>; byName: boolean } {
  const index = parserFor(ctx).units;
  const units = new Set(unitNamesIn(turn.text, index).map((h) => h.id));
  for (const m of deps.store.roster.snapshot().members) {
    if (m.unit && m.role === 'staff' && turn.text.includes(`@${m.name}`)) units.add(m.unit);
  }
  if (units.size) return { units, byName: true };
  // (a notice to every unit that asks for a survey 在调查核实的基础上 is a request: only figures said to be sent already are
  // doubted by a group phrase, in a message that asks for no item of its own)
  if (parsed?.fields.length || !SENT_ALREADY.test(turn.text)) return { units, byName: false };
  const group = findTargets(turn.text, index);
  return { units: new Set(group.explicit ? group.targets : []), byName: false };
}

/** 本月报的数 / 已报的数据 / 上报的: figures spoken of as sent already. */
const SENT_ALREADY = /报(?:过|送|上来)?的|已(?:经)?(?:上)?报|上报过/;

function askToCheck(deps: BotDeps, turn: Turn, doubted: PoolValue[], notYet: string[]): void {
  const { store } = deps;
  const roster = store.roster.snapshot();
  const lead = turn.member;
  const byMember = new Map<string, PoolValue[]>();
  for (const v of doubted) {
    const asked = reporterOf(deps, v);
    if (asked) byMember.set(asked, [...(byMember.get(asked) ?? []), v]);
  }
  const who = lead.department ? `${lead.name}（${departmentName(roster, lead.department)}）` : lead.name;
  const told: string[] = [];
  for (const [memberId, values] of byMember) {
    const lines = values.map((v) => `· ${unitName(roster, v.unit)}${label(deps, v)}（${describePeriod(v.period)}）：现为${stored(deps, v)}`);
    for (const v of values) {
      store.questions.ask({
        memberId, unit: v.unit, field: v.field, period: v.period, raw: stored(deps, v), question: RECHECK_QUESTION, readings: [],
        messageId: turn.lineId, askedAt: turn.now, expiresAt: new Date(turn.now.getTime() + ANSWER_WITHIN_DAYS * 86_400_000),
      });
    }
    const example = `${label(deps, values[0]!)}：…`;
    // (the note counts in the member's daily messages and may hold back today's asks: what they still owe is said with it)
    const owed = remainingLines(deps, memberId, values[0]!.unit);
    deps.outbound.say({ kind: 'dm', memberId }, {
      text: `${who}请你核实以下数据：\n${lines.join('\n')}\n有误请直接回复正确的数（如“${example}”）；核实无误请回复“无误”。${owed[0] === '还差：' ? `\n${owed.join('\n')}` : ''}`,
    }, { initiated: true });
    const name = roster.members.find((m) => m.id === memberId)?.name ?? memberId;
    told.push(`${name}：${listNames(values.map((v) => `${unitName(roster, v.unit)}${label(deps, v)}（${describePeriod(v.period)}，现为${stored(deps, v)}）`))}`);
  }
  store.audit.record(turn.now, lead.id, 'value.recheck', doubted.map((v) => `${v.unit}/${v.field}/${v.period ?? ''}`).join(' '), { message: turn.lineId });
  const owing = notYet.length ? `\n还没有报、无数可核：${listNames(notYet.map((u) => unitName(roster, u)))}` : '';
  answer(deps, turn, (told.length
    ? `已请核实（原数先保留）：\n${told.map((t) => `· ${t}`).join('\n')}\n改了会发更正通知给你；核实无误也会告诉你。`
    : '这些数据的报送人已不在名册中，没有人可以核实；请直接联系该单位。') + owing);
}

/** Who is asked to check a figure: the member who sent it while they still serve its unit, else the unit's first staff member. */
function reporterOf(deps: BotDeps, v: PoolValue): string | null {
  const members = deps.store.roster.snapshot().members;
  const sender = members.find((m) => m.id === v.memberId && m.unit === v.unit);
  return sender?.id ?? members.find((m) => m.role === 'staff' && m.unit === v.unit)?.id ?? null;
}

/**
 * A member's 无误 / 没问题 to the figures a lead asked them to check: each stands, its question is closed, and the lead who
 * asked hears it. Null when the text confirms nothing or no such question is open.
 */
export function confirmRecheck(deps: BotDeps, turn: Turn): string | null {
  const asked = deps.store.questions.openOf(turn.member.id, turn.now).filter((q) => q.question === RECHECK_QUESTION);
  if (!asked.length || !RECHECK_CONFIRMED.test(turn.text.trim())) return null;
  const { store } = deps;
  const roster = store.roster.snapshot();
  const tz = deps.settings().timezone;
  const leads = new Map<string, string[]>();
  const lines: string[] = [];
  for (const q of asked) {
    store.questions.close(q.id, 'answered', turn.lineId, turn.now);
    const line = `${unitName(roster, q.unit)}${fieldLabel(store.fields, q.field)}（${describePeriod(q.period)}）${q.raw}`;
    lines.push(line);
    const lead = q.messageId === null ? undefined : store.messages.get(q.messageId)?.sender;
    if (lead) leads.set(lead, [...(leads.get(lead) ?? []), line]);
  }
  for (const [lead, confirmed] of leads) {
    deps.outbound.say({ kind: 'dm', memberId: lead }, {
      text: `核实结果：${listNames(confirmed)} 经${turn.member.name}核实无误（${formatTime(turn.now, tz)}），数据不变。`,
    }, { initiated: true });
  }
  store.audit.record(turn.now, turn.member.id, 'value.confirm', asked.map((q) => `${q.unit}/${q.field}/${q.period ?? ''}`).join(' '), { message: turn.lineId });
  return `好的，${listNames(lines)} 核实无误，数据不变${leads.size ? '，已告诉负责人' : ''}。`;
}

function label(deps: BotDeps, v: PoolValue): string {
  return fieldLabel(deps.store.fields, v.field);
}

function stored(deps: BotDeps, v: PoolValue): string {
  return formatStored(v, deps.store.fields.get(v.field) as FieldDef | undefined);
}
