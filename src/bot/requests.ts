// A lead's notice becomes a request, joins or opens a collection, and the bot says what it understood.
import { createHash } from 'node:crypto';
import { nextAllowedDmTime } from '../domain/calendar.js';
import { usableDeadline } from '../domain/dedup.js';
import { describePeriod } from '../domain/period.js';
import { localParts } from '../domain/time.js';
import { unknownUnitsInNotice } from '../domain/unknown-units.js';
import type { NewFieldSpec, ParsedRequest } from '../domain/types.js';
import type { RequestRecord, StoredNewField } from '../store/requests.js';
import { awaitsAdmission, holdForAdmission } from './admission.js';
import { askedSummary, type AskPlan } from './collect.js';
import { announceIfComplete } from './completion.js';
import { answer, type BotDeps, type Turn } from './context.js';
import { offerLedger } from './ledger-offer.js';
import { isLedgerMember, ledgerJoinNote } from './ledgers.js';
import { placeRequest } from './placement.js';
import { costRows } from './request-cost.js';
import { departmentName, fieldLabel, formatDeadline, listNames, memberName, unitName, type FieldLookup } from './render.js';

/**
 * Stores the parsed request, places it, asks for what is missing and confirms in the chat it came from. A notice that
 * asks for several periods (本月和上月) is stored as one request per period, all from the same message: each period's
 * figures are their own collection and asks; the confirmation and the replay output show them as one request.
 */
export function acceptRequest(deps: BotDeps, turn: Turn, parsed: ParsedRequest, messageId = turn.lineId): RequestRecord {
  const { store } = deps;
  // An item the lead is to pick a field for (see choiceRows) waits: nothing is asked for it yet.
  const newFields = parsed.newFields.map((f) => (f.choices?.length ? f : registerNewField(deps, f)));
  if (awaitsAdmission(deps, turn.member, newFields)) return holdForAdmission(deps, turn, parsed, newFields, titleOf(deps, parsed), messageId);
  const parts = itemParts(parsed, newFields);
  const placed = (parsed.periods ?? [parsed.period]).flatMap((period) => {
    let into: number | undefined;
    return parts.map((part, k) => {
      const id = store.requests.add({
        messageId, memberId: turn.member.id, department: parsed.department, title: titleOf(deps, parsed),
        fields: part.fields, newFields: part.newFields, period, deadline: parsed.deadline,
        deadlineHasTime: parsed.deadlineHasTime, targets: part.targets, createdAt: turn.now,
      });
      // (the parts of one period are one collection: one table, the units asked only for their own items)
      const { collectionId, merged, plan } = placeRequest(deps, id, into);
      into ??= collectionId;
      store.audit.record(turn.now, turn.member.id, 'request.create', `r${id}`, { collection: `c${collectionId}`, merged, parsed });
      return { request: store.requests.get(id)!, merged, plan, collectionId, part: k };
    });
  });
  const first = placed[0]!;
  const unknownUnits = [...new Set([...unknownUnitsInNotice(turn.text, store.roster.snapshot()), ...(parsed.targetsUnknown ?? [])])];
  confirm(deps, turn, first.request, first.merged, mergePlans(placed.map((p) => p.plan)), placed.filter((p) => p !== first && p.part === first.part).map((p) => p.request), unknownUnits, parsed.periodDoubt ?? [], parsed.deadlineVague, parsed.targetsCondition, partRows(deps, parsed, parts.slice(1)), parsed.periodFormless, parsed.deadlineOfRounds, parsed.periodYearUnclear);
  for (const p of placed) announceIfComplete(deps, p.collectionId);
  offerLedger(deps, turn, first.request);
  return first.request;
}

export interface ItemPart { fields: string[]; newFields: StoredNewField[]; targets: string[] }

/**
 * ITEM_TARGETS: 低保户数、特困供养人数、临时救助人次，其中第3项只需街道报送 — the items asked of only some units are a part of
 * their own (one request each, from the same message, in the same collection), so no unit is asked an item the notice
 * spares it; the rest of the items go to every unit. An item whose units the roster cannot tell (仅涉农镇街填报) is asked of
 * nobody, and the lead is asked which units (partRows). Without restrictions: one part, the whole notice.
 */
export function itemParts(parsed: ParsedRequest, newFields: StoredNewField[]): ItemPart[] {
  const restricted = parsed.targets.length ? parsed.itemTargets ?? [] : [];
  if (!restricted.length) return [{ fields: parsed.fields, newFields, targets: parsed.targets }];
  const only = new Map(restricted.map((r) => [r.item, r.targets]));
  const main: ItemPart = { fields: parsed.fields.filter((k) => !only.has(k)), newFields: newFields.filter((f) => !only.has(f.label)), targets: parsed.targets };
  const byUnits = new Map<string, ItemPart>();
  for (const r of restricted) {
    if (!r.targets.length) continue;
    const key = r.targets.join(',');
    const part = byUnits.get(key) ?? { fields: [], newFields: [], targets: r.targets };
    byUnits.set(key, part);
    if (parsed.fields.includes(r.item)) part.fields.push(r.item);
    else part.newFields.push(...newFields.filter((f) => f.label === r.item));
  }
  const parts = [main, ...byUnits.values()].filter((p) => p.fields.length || p.newFields.length);
  // (every item's units untold: the notice is asked as it is, rather than of nobody at all)
  return parts.length ? parts : [{ fields: parsed.fields, newFields, targets: parsed.targets }];
}

/** The confirmation's rows for the items asked of only some units, and for those whose units the notice does not name. */
function partRows(deps: BotDeps, parsed: ParsedRequest, parts: ItemPart[]): Array<[string, string]> {
  const roster = deps.store.roster.snapshot();
  const rows: Array<[string, string]> = [];
  for (const p of parts) {
    const items = [...p.fields.map((k) => fieldLabel(deps.store.fields, k)), ...p.newFields.map((f) => f.label)];
    rows.push(['分项', `${items.join('、')}只问${listNames(p.targets.map((u) => unitName(roster, u)))}（${p.targets.length}个）`]);
  }
  for (const r of parsed.itemTargets ?? []) {
    if (r.targets.length || !parsed.targets.length) continue;
    const label = parsed.fields.includes(r.item) ? fieldLabel(deps.store.fields, r.item) : r.item;
    rows.push(['请确认', `${label}写明只需“${r.words}”填报，没有点名，暂不询问；请另发一条点名的需求（如“请某镇于某日前报送${label}”）`]);
  }
  return rows;
}

function mergePlans(plans: AskPlan[]): AskPlan {
  const asked = new Map<string, AskPlan['alreadyAsked']>();
  for (const plan of plans) for (const [member, needs] of plan.asked) asked.set(member, [...(asked.get(member) ?? []), ...needs]);
  const batches = plans.map((p) => p.batchAt).filter((d): d is Date => d !== null);
  return {
    asked,
    sentNow: new Set(plans.flatMap((p) => [...p.sentNow])),
    batchAt: batches.length ? new Date(Math.min(...batches.map((d) => d.getTime()))) : null,
    held: new Map(plans.flatMap((p) => [...p.held])),
    alreadyAsked: plans.flatMap((p) => p.alreadyAsked),
    reused: plans.flatMap((p) => p.reused),
    nobody: plans.flatMap((p) => p.nobody),
  };
}

/** The notice's own headline (关于…的通知) when it has one; otherwise what is asked for, in a few words. */
function titleOf(deps: BotDeps, parsed: ParsedRequest): string {
  if (/关于|通知|报表|统计表/.test(parsed.title)) return parsed.title;
  const labels = [...parsed.fields.map((k) => fieldLabel(deps.store.fields, k)), ...parsed.newFields.map((f) => f.label)];
  const items = labels.length > 3 ? `${labels.slice(0, 3).join('、')}等${labels.length}项` : labels.join('、');
  return items ? `${describePeriod(parsed.period)}${items}` : parsed.title;
}

export function registerNewField(deps: BotDeps, spec: NewFieldSpec): StoredNewField {
  const existing = deps.store.fields.all().find((f) => f.label === spec.label);
  if (existing) return { ...spec, key: existing.key };
  const key = `new_${createHash('sha1').update(spec.label).digest('hex').slice(0, 8)}`;
  deps.store.fields.upsert({ key, label: spec.label, aliases: [], type: spec.type, ...(spec.unit ? { unit: spec.unit } : {}), ledger: 'inferred' }, 'inferred');
  return { ...spec, key };
}

/**
 * What became of the asks, as it is: the batch they wait for (askedSummary), and DMs sent now but held by the outbox for
 * working hours said as scheduled: 已安排私信 3 位同志，共 6 项（工作时间 08:00 后送达）.
 */
export function askedText(deps: BotDeps, plan: AskPlan, now: Date): string {
  const s = deps.settings();
  const at = nextAllowedDmTime(now, s);
  if (!plan.sentNow.size || at.getTime() <= now.getTime()) return askedSummary(plan, s.timezone);
  const p = localParts(at, s.timezone);
  const today = localParts(now, s.timezone);
  const sameDay = p.year === today.year && p.month === today.month && p.day === today.day;
  const clock = `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
  return askedSummary(plan, s.timezone, sameDay ? clock : `${p.month}月${p.day}日 ${clock}`);
}

function confirm(
  deps: BotDeps, turn: Turn, request: RequestRecord, merged: boolean, plan: AskPlan, otherPeriods: RequestRecord[],
  unknownUnits: string[], periodDoubt: string[] = [], vagueDue?: string, targetsCondition?: string, partRows: Array<[string, string]> = [], formlessPeriod?: string,
  dueOfRounds?: string, yearUnclear?: { said: string; periods: string[] },
): void {
  const { store } = deps;
  const roster = store.roster.snapshot();
  const fields = store.fields;
  const ledgers = store.fields.ledgers();
  const collection = store.collections.get(request.collectionId!)!;
  const itemText = request.fields.map((k) => {
    const f = fields.get(k);
    const ledger = ledgers.find((l) => l.key === f?.ledger)?.name;
    return ledger ? `${f?.label ?? k}（${ledger}）` : (f?.label ?? k);
  });
  const rows: Array<[string, string]> = [
    ['部门', departmentName(roster, request.department)],
    ['数据项', itemText.length ? itemText.join('、') : '（无字典内数据项）'],
  ];
  const added = request.newFields.filter((f) => !f.choices?.length);
  if (added.length) rows.push(['新数据项', added.map((f) => `${f.label}（已加入字典，待管理员确认）`).join('、')]);
  rows.push(...choiceRows(request, fields));
  rows.push(['期间', [request, ...otherPeriods].map((r) => describePeriod(r.period)).join('、')]);
  // 2029年…2030年 both named in the ask: the reading is said and the other put to the lead in one short question
  if (periodDoubt.length) {
    const other = periodDoubt.map(describePeriod).join('或');
    rows.push(['请确认', `期间按${describePeriod(request.period)}理解；如指${other}，请回复“期间改为${describePeriod(periodDoubt[0]!)}”`]);
  }
  // 11月1日至20日 / 春节期间 has no period form: nothing is guessed (不限期), and the lead is asked which period is meant
  if (formlessPeriod && !request.period) rows.push(['请确认', `期间写的是“${formlessPeriod}”，没有对应的统计期间（年、半年、季度、月、周或截至某日），暂按不限期收集；如需按某一期间，请回复“期间改为…”`]);
  // MONTH_NOT_BEGUN: 11月30日前报送12月… in November — the year of the month is not guessed (不限期), the lead is asked which
  if (yearUnclear && !request.period) {
    const [first, second] = yearUnclear.periods.map(describePeriod);
    rows.push(['请确认', `期间只写了“${yearUnclear.said}”，没写年份，截止在该月之前，不能确定是${first}还是${second}，暂按不限期收集；请回复“期间改为${first}”或“期间改为${second}”`]);
  }
  // A deadline already past is the notice's reading but not used for the asks; the cost rows' 注意 asks for a new one.
  const stated = formatDeadline(request.deadline, request.deadlineHasTime, deps.settings().timezone);
  rows.push(['截止', request.deadline && !usableDeadline(request) ? `${stated}（已经过了，没有采用，询问暂不写截止时间）` : stated]);
  // 12月中旬前 names no day: nothing is stored from it, and the lead is asked for the day in one short line
  if (vagueDue && !request.deadline) rows.push(['请确认', `截止只写了“${vagueDue}”，没有具体日期，询问暂不写截止时间；请回复“截止改为某月某日”`]);
  // 每月8日前报送上月…本次请补报10月份数据: the rule's day is its next round's; this round's day is asked, none is guessed
  if (dueOfRounds && !request.deadline) rows.push(['请确认', `“${dueOfRounds}”是每期的报送时间，本次${describePeriod(request.period)}的截止没有写，询问暂不写截止时间；请回复“截止改为某月某日”`]);
  rows.push(['报送单位', `${listNames(request.targets.map((u) => unitName(roster, u)))}（${request.targets.length}个）`]);
  // 办结率低于95%的镇街: which units the condition picks is not in the notice; none is asked until the lead names them
  if (targetsCondition && !request.targets.length) rows.push(['请确认', `报送单位只写了“${targetsCondition}”，没有点名，暂不询问；请回复“加上某镇”`]);
  rows.push(...partRows);
  if (unknownUnits.length) rows.push(['未登记', `不在名册的单位：${unknownUnits.join('、')} — 请管理员添加或更正，添加后说“加上${unknownUnits[0]}”`]);
  const ledger = ledgerJoinNote(deps, collection.id);
  if (ledger) rows.push(['台账', ledger]);
  if (merged) {
    const others = store.requests.inCollection(collection.id).filter((r) => r.id !== request.id && !isLedgerMember(r.memberId)).map((r) => `r${r.id}`);
    rows.push(['合并', others.length ? `与 ${others.join('、')} 合并为汇总 c${collection.id}，相同数据只问一次` : `并入汇总 c${collection.id}，相同数据只问一次`]);
  } else {
    const ids = [request, ...otherPeriods].map((r) => `c${r.collectionId}`);
    rows.push(['汇总', `${ids.join('、')}（汇总编号，发“导出 ${ids[0]}”可下载表格）`]);
  }
  rows.push(['询问', askedText(deps, plan, turn.now) || '无需再问任何人']);
  if (plan.held.size) {
    const names = listNames([...plan.held.keys()].map((id) => memberName(roster, id)));
    rows.push(['减负', `${names}今天已收到 ${deps.settings().dailyMessageCap} 条私信，按减负规定今天不再打扰。确需赶在截止前报的，请回复“加急 r${request.id}”，我会立即私信；或说“截止改为…”放宽时间`]);
  }
  rows.push(...costRows(deps, [request, ...otherPeriods], plan, turn.message.at));
  if (plan.alreadyAsked.length) rows.push(['已在收集', `${plan.alreadyAsked.length} 项此前已问过，不重复询问`]);
  if (plan.reused.length) {
    const shown = plan.reused.slice(0, 8).map((r) => `${unitName(roster, r.unit)}${fieldLabel(fields, r.field)} ${r.value}（${r.by}，${r.at}）`);
    rows.push(['数据池', `${plan.reused.length} 项直接取自数据池：${shown.join('；')}${plan.reused.length > 8 ? ' 等' : ''}`]);
  }
  if (plan.nobody.length) {
    rows.push(['无人可问', listNames([...new Set(plan.nobody.map((n) => unitName(roster, n.unit)))]) + ' 没有登记对口人员，请管理员补充名册']);
  }
  const title = `已登记 r${request.id}：${request.title}`;
  const text = [title, ...rows.map(([k, v]) => `· ${k}：${v}`), '如需修改，请说：截止改为12月2日 / 去掉某数据项 / 加上某单位 / 撤回'].join('\n');
  answer(deps, turn, { text, card: { type: 'request', title, rows }, mentions: [turn.member.id] });
}

/**
 * 请确认 rows: an item close to more than one field, or only weakly like one, is put to the lead with numbered choices
 * (是第N个 picks one; 都不是 makes it a new item) instead of the bot guessing or inventing a field.
 */
export function choiceRows(request: RequestRecord, fields: FieldLookup): Array<[string, string]> {
  return request.newFields.filter((f) => f.choices?.length).map((f) => {
    const options = f.choices!.map((k, i) => `${i + 1}. ${fieldLabel(fields, k)}`).join('  ');
    return ['请确认', `“${f.label}”是指：${options}？请回复“是第1个”等，或“都不是”（作为新数据项）；确认前暂不询问此项`];
  });
}
