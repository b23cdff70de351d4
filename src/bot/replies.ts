// A staff member's free-text reply: values into the pool (every version kept), then thanks, follow-up or help.
import { describePeriod } from '../domain/period.js';
import { parseReply, type ParsedReply, type ReplyCandidate } from '../domain/reply/parse.js';
import type { FieldDef } from '../domain/types.js';
import { askFieldsOf, dayKey } from './collect.js';
import { announceIfComplete } from './completion.js';
import { answer, type BotDeps, type Turn } from './context.js';
import { requestersOf } from './ledgers.js';
import { fieldLabel, formatTime, formatValue, memberName, unitName } from './render.js';
import { remainingLines } from './todo.js';

/** How long after it was asked a figure can still be reported or corrected by a plain reply. */
const REPLY_WINDOW_DAYS = 60;

export function replyCandidates(deps: BotDeps, unit: string, now = deps.clock.now()): ReplyCandidate[] {
  const { store } = deps;
  const out: ReplyCandidate[] = [];
  const seen = new Set<string>();
  for (const ask of store.asks.replyableOf(unit, new Date(now.getTime() - REPLY_WINDOW_DAYS * 86_400_000))) {
    const field = store.fields.get(ask.field);
    const key = `${ask.field}\u0000${ask.period ?? ''}`;
    if (!field || seen.has(key)) continue;
    seen.add(key);
    out.push({ field, period: ask.period, answered: store.pool.get(unit, ask.field, ask.period) !== undefined });
  }
  return out;
}

export function handleReply(deps: BotDeps, turn: Turn): void {
  const { store } = deps;
  const unit = turn.member.unit;
  if (!unit) {
    answer(deps, turn, '你在名册里还没有所属单位，无法记录数据。请联系管理员补充。');
    return;
  }
  const candidates = replyCandidates(deps, unit);
  if (!candidates.length) {
    answer(deps, turn, `${unitName(store.roster.snapshot(), unit)}目前没有需要你报送的数据。有新的报数需求时我会私信你。发送“帮助”查看我能做什么。`);
    return;
  }
  const parsed = parseReply(turn.text, { at: turn.message.at, timezone: deps.settings().timezone, candidates });
  const recorded = storeValues(deps, turn, unit, parsed);
  if (parsed.question && !recorded.length) forwardQuestion(deps, turn, unit);
  respond(deps, turn, unit, parsed, recorded);
}

interface Recorded {
  field: FieldDef;
  period: string | null;
  value: string;
  previous: string | null;
}

function storeValues(deps: BotDeps, turn: Turn, unit: string, parsed: ParsedReply): Recorded[] {
  const { store } = deps;
  const roster = store.roster.snapshot();
  const tz = deps.settings().timezone;
  const out: Recorded[] = [];
  const touched = new Set<number>();
  for (const v of parsed.values) {
    const field = store.fields.get(v.field);
    if (!field) continue;
    const { previous } = store.pool.put({
      unit, field: v.field, period: v.period, value: v.value, memberId: turn.member.id, messageId: turn.lineId, at: turn.now,
    });
    store.asks.answer(unit, v.field, v.period, turn.now);
    const changed = previous !== undefined && JSON.stringify(previous.value) !== JSON.stringify(v.value);
    store.audit.record(turn.now, turn.member.id, changed ? 'value.correct' : 'value.report', `${unit}/${v.field}/${v.period ?? ''}`, {
      value: v.value, previous: previous?.value, raw: v.raw, message: turn.lineId,
    });
    out.push({ field, period: v.period, value: formatValue(v.value, field), previous: changed ? formatValue(previous!.value, field) : null });
    if (!previous) store.counters.add('valuesCollected', 1, dayKey(deps, turn.now));
    for (const id of store.collections.idsCovering(unit, v.field, v.period)) touched.add(id);
    if (changed) {
      const leads = new Set(
        store.collections.idsCovering(unit, v.field, v.period)
          .flatMap((id) => store.requests.inCollection(id))
          .filter((r) => askFieldsOf(r).includes(v.field) && r.targets.includes(unit))
          .flatMap((r) => requestersOf(roster, r)),
      );
      for (const lead of leads) {
        deps.outbound.say({ kind: 'dm', memberId: lead }, {
          text: `更正通知：${unitName(roster, unit)}${field.label}（${describePeriod(v.period)}）由 ${formatValue(previous!.value, field)} 改为 ${formatValue(v.value, field)}（${turn.member.name}，${formatTime(turn.now, tz)}）。此前引用旧数的地方请同步更新。`,
        }, { initiated: true });
      }
    }
  }
  for (const id of touched) announceIfComplete(deps, id);
  return out;
}

function forwardQuestion(deps: BotDeps, turn: Turn, unit: string): void {
  const { store } = deps;
  const roster = store.roster.snapshot();
  const openCollections = [...new Set(store.asks.ofUnit(unit).filter((a) => a.status === 'open').map((a) => a.collectionId))];
  const pool = openCollections.length ? openCollections : [...new Set(store.asks.ofUnit(unit).map((a) => a.collectionId))];
  const mentioned = pickCollectionsByText(deps, turn.text, pool);
  const leads = [...new Set(mentioned.flatMap((id) => store.requests.inCollection(id).flatMap((r) => requestersOf(roster, r))))].slice(0, 3);
  if (!leads.length) return;
  const names = leads.map((id) => `@${memberName(roster, id)}`).join(' ');
  deps.outbound.say({ kind: 'channel' }, {
    text: `${names} ${turn.member.name}（${unitName(roster, unit)}）问：${turn.text.trim()}`, mentions: leads,
  });
}

/** Collections whose field labels share words with the question; all of them when none does. */
function pickCollectionsByText(deps: BotDeps, text: string, ids: number[]): number[] {
  const scored = ids.map((id) => {
    const c = deps.store.collections.get(id);
    const hit = (c?.fields ?? []).some((k) => {
      const f = deps.store.fields.get(k);
      return [f?.label ?? '', ...(f?.aliases ?? [])].some((l) => l.length >= 2 && text.includes(l.slice(0, 2)));
    });
    return { id, hit };
  });
  const hits = scored.filter((s) => s.hit).map((s) => s.id);
  return hits.length ? hits : ids;
}

function respond(deps: BotDeps, turn: Turn, unit: string, parsed: ParsedReply, recorded: Recorded[]): void {
  const { store } = deps;
  const roster = store.roster.snapshot();
  const fields = store.fields;
  const lines: string[] = [];
  if (recorded.length) {
    lines.push(`已记录（${unitName(roster, unit)}）：`);
    for (const r of recorded) {
      lines.push(r.previous !== null
        ? `· ${r.field.label}（${describePeriod(r.period)}）：${r.previous} → ${r.value}（已更正，旧值留档）`
        : `· ${r.field.label}（${describePeriod(r.period)}）：${r.value}`);
    }
  }
  if (parsed.invalid.length) {
    lines.push('以下内容没有记录：');
    for (const bad of parsed.invalid) lines.push(`· ${fieldLabel(fields, bad.field)}“${bad.raw}”：${bad.reason}`);
  }
  if (!recorded.length && !parsed.invalid.length) {
    if (parsed.question) lines.push('你的问题已转给发布需求的部门负责人，请留意群里的答复。');
    else if (parsed.pending) lines.push('好的，记下了，核实后直接回复数据即可。');
    else if (parsed.ack) lines.push('收到。');
    else lines.push('这条消息里没有找到需要你报送的数据。可以这样回复：“低保户数：120”，一行一项，或一句话写几项。');
  }
  lines.push(...remainingLines(deps, turn.member.id, unit));
  answer(deps, turn, lines.join('\n'));
}
