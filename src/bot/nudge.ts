// NUDGE_ASKED: 帮我催一下没报的 / @报数助手 催一下 / 提醒一下松溉镇 — a lead asks the bot to remind the units that still owe
// figures to their open requests. Before, it was "not understood" (with an @) or left unanswered (without one), and
// the lead could not tell whether anyone had been reminded.
//
// The reminder is the member's batch sent now: every open item they owe, with its deadline. The day's message cap
// holds as for any batch (the lead hears who was not disturbed again); asks still waiting for their first batch are
// not chased, since they have not been asked yet (加急 sends those).
import { unitCore } from '../domain/reply/table.js';
import { sendBatch, nextBatch } from './batches.js';
import { askFieldsOf, dayKey } from './collect.js';
import type { CommandCall } from './command-registry.js';
import type { BotDeps } from './context.js';
import { formatTime, listNames, memberName, unitName } from './render.js';
import type { RequestRecord } from '../store/requests.js';
import type { AskRecord } from '../store/asks.js';

/** Words of politeness or of asking someone to act: 请, 麻烦, 帮我, 帮忙, 再. */
const PLEASE = '(?:请|麻烦|帮我|帮忙|替我|你|再|给)*';
/** The nudge itself: 催一下, 催催, 催报, 提醒一下, 督促一下. */
const NUDGE = '(?:催(?:一下|一催|催|报|促一下)?|提醒(?:一下)?|督促(?:一下)?)';
/** Whom the nudge names beyond the units: who has not reported, everyone, them. */
const WHOM_WORD = '还|没有?|未|报送?|上报|交|填|的|镇街|单位|同志|大家|他们|那些|这些|一下|和|及|与|、|，|,|\\s';
/** A unit by the form of its name (its roster name is checked when the nudge is run): 松溉镇, 中山路街道, 大河村. */
const UNIT_NAME = '[\\u4e00-\\u9fa5]{1,8}?(?:镇|街道|乡|村|社区)';
/** Whom, in a few such words: 没报的, 还没报的镇街, 松溉镇和来苏镇, 他们, 大家 (nothing else: 提醒大家注意安全 is no nudge). */
const WHOM = `((?:${WHOM_WORD}|${UNIT_NAME})*)`;
// (at most 40 characters: the words of WHOM overlap, and a long message is never a nudge of this kind anyway)
export const NUDGE_ASKED = new RegExp(`^(?=[^\\n]{1,40}$)${PLEASE}${NUDGE}(?:一下)?${WHOM}(?:吧|呗)?[。！!]?$`);
const WHOM_WORDS = new RegExp(WHOM_WORD, 'g');

/** A member who had a message from the bot this recently is not sent the same list again. */
const JUST_SENT_MS = 60 * 60_000;

export function nudgeOwing(deps: BotDeps, call: CommandCall): void {
  const { store } = deps;
  const roster = store.roster.snapshot();
  const whom = call.match[1] ?? '';
  const named = roster.units.filter((u) => u.kind !== 'district'
    && (whom.includes(u.name) || (unitCore(u.name).length >= 2 && whom.includes(unitCore(u.name)))));
  let rest = whom;
  for (const u of named) rest = rest.split(u.name).join(' ').split(unitCore(u.name)).join(' ');
  const unknown = rest.replace(WHOM_WORDS, ' ').trim();
  if (unknown) {
    call.reply(`名册里没有“${unknown.split(/\s+/)[0]}”，没有催报。可以说“催一下没报的”或“提醒一下${roster.units.find((u) => u.kind !== 'district')?.name ?? '某单位'}”。`);
    return;
  }
  const requests = call.member.role === 'admin' ? [...store.requests.activeIn('')].reverse() : store.requests.activeBy(call.member.id);
  if (!requests.length) {
    call.reply('你没有进行中的报数需求，没有需要催报的单位。');
    return;
  }
  const owed = owedAsks(deps, requests, new Set(named.map((u) => u.id)));
  const sent = owed.filter((o) => o.ask.sentAt !== null);
  if (!sent.length) {
    const waiting = owed.filter((o) => o.ask.sentAt === null);
    if (waiting.length) {
      const next = nextBatch(deps, call.now);
      const r = waiting[0]!.request;
      call.reply(`仍未报的单位还没有收到询问${next ? `，将在${formatTime(next, deps.settings().timezone)}随当次汇总私信发出` : ''}，现在不用催。确需立即发出，请回复“加急 r${r.id}”。`);
      return;
    }
    const whose = named.length ? listNames(named.map((u) => u.name)) : '各单位';
    call.reply(`${whose}已经报齐你进行中的需求，不需要催报。`);
    return;
  }
  const day = dayKey(deps, call.now);
  const cap = deps.settings().dailyMessageCap;
  const members = [...new Set(sent.map((o) => o.ask.memberId))];
  const reminded: string[] = [];
  const capped: string[] = [];
  const recent: string[] = [];
  for (const id of members) {
    const last = store.initiatedDms.lastOn(id, day);
    if (store.initiatedDms.countOn(id, day) >= cap) capped.push(id);
    else if (last && call.now.getTime() - last.getTime() < JUST_SENT_MS) recent.push(id);
    else if (sendBatch(deps, id, call.now) !== null) reminded.push(id);
  }
  store.audit.record(call.now, call.member.id, 'request.nudge', requestIds(sent), { reminded, capped, recent });
  const lines: string[] = [];
  if (reminded.length) lines.push(`已私信提醒 ${reminded.length} 位同志（${listNames(reminded.map((id) => memberName(roster, id)))}）。`);
  if (recent.length) lines.push(`${listNames(recent.map((id) => memberName(roster, id)))}一小时内刚收到过待报清单，这次不重复提醒。`);
  if (capped.length) lines.push(`${listNames(capped.map((id) => memberName(roster, id)))}今天已收到 ${cap} 条私信，按减负规定今天不再打扰。`);
  lines.push('仍未报齐：');
  for (const [request, units] of owingByRequest(owed)) {
    lines.push(`· r${request.id}（${request.title}）：${listNames(units.map((u) => unitName(roster, u)))}`);
  }
  call.reply(lines.join('\n'));
}

interface Owed {
  request: RequestRecord;
  ask: AskRecord;
}

/** The open asks of the requests' own items and units (those named, when some are), each once, with its request. */
function owedAsks(deps: BotDeps, requests: RequestRecord[], named: ReadonlySet<string>): Owed[] {
  const seen = new Set<number>();
  const owed: Owed[] = [];
  for (const request of requests) {
    if (request.collectionId === null || request.collectionId === undefined) continue;
    const fields = new Set(askFieldsOf(request));
    for (const ask of deps.store.asks.ofCollection(request.collectionId)) {
      if (ask.status !== 'open' || seen.has(ask.id) || !fields.has(ask.field) || !request.targets.includes(ask.unit)) continue;
      if (named.size && !named.has(ask.unit)) continue;
      seen.add(ask.id);
      owed.push({ request, ask });
    }
  }
  return owed;
}

function owingByRequest(owed: Owed[]): Map<RequestRecord, string[]> {
  const byRequest = new Map<RequestRecord, string[]>();
  for (const { request, ask } of owed) {
    const units = byRequest.get(request) ?? [];
    if (!units.includes(ask.unit)) units.push(ask.unit);
    byRequest.set(request, units);
  }
  return byRequest;
}

function requestIds(owed: Owed[]): string {
  return [...new Set(owed.map((o) => `r${o.request.id}`))].join(',');
}
