// 加急 rN: a lead sends the asks of their request that wait for a batch now, past the day's message cap (issue 15).
// The cap protects staff from the bot, not from their own departments: the lead who needs it today decides, and the
// message counts in the burden figures like any other.
import type { Member } from '../domain/types.js';
import { sendBatch } from './batches.js';
import { answer, type BotDeps, type Turn } from './context.js';
import { listNames, memberName } from './render.js';

export function expediteRequest(deps: BotDeps, requestId: number, member: Member, at: Date): string {
  const { store } = deps;
  const request = store.requests.get(requestId);
  if (!request || request.status !== 'active') return `没有进行中的需求 r${requestId}。`;
  if (member.role !== 'admin' && request.memberId !== member.id) return `只有发布 r${requestId} 的负责人或管理员可以加急。`;
  // A notice for several periods is one request per period, all from the same message.
  const collections = new Set(store.requests.all().filter((r) => r.messageId === request.messageId && r.collectionId !== null).map((r) => r.collectionId!));
  const waiting = [...collections].flatMap((id) => store.asks.ofCollection(id))
    .filter((a) => a.status === 'open' && a.sentAt === null && request.targets.includes(a.unit));
  const members = [...new Set(waiting.map((a) => a.memberId))];
  if (!members.length) return `r${requestId} 没有在等待发出的询问，不需要加急。`;
  const sent = members.filter((id) => sendBatch(deps, id, at) !== null);
  store.audit.record(at, member.id, 'request.expedite', `r${requestId}`, { members: sent, asks: waiting.length });
  const roster = store.roster.snapshot();
  return `已加急私信 ${sent.length} 位同志（${listNames(sent.map((id) => memberName(roster, id)))}），共 ${waiting.length} 项，计入他们今天的私信条数。`;
}

const EXPEDITE = /^加急\s*[rR](\d+)\s*$/;

/** A lead's 加急 rN, in the channel (where the confirmation offered it) or in a DM, addressed to the bot or not. */
export function handleExpedite(deps: BotDeps, turn: Turn): boolean {
  const match = EXPEDITE.exec(turn.text.trim());
  if (!match) return false;
  answer(deps, turn, expediteRequest(deps, Number(match[1]), turn.member, turn.now));
  return true;
}
