// Admission (准入): under `admission: review`, a request for items outside the catalogue (the dictionary and the
// ledgers; an item the bot added by itself is outside until an admin admits it) waits for an admin's 批准 or 驳回
// before anyone is asked. The lead is told why it waits; the admins are told what waits.
import type { Member, ParsedRequest } from '../domain/types.js';
import type { RequestRecord, StoredNewField } from '../store/requests.js';
import { askedCount } from './collect.js';
import type { ChatCommand, CommandCall } from './command-registry.js';
import { announceIfComplete } from './completion.js';
import { answer, type BotDeps, type Turn } from './context.js';
import { placeRequest } from './placement.js';
import { itemParts } from './requests.js';
import { departmentName, listNames, memberName } from './render.js';

/** The items of a request outside the catalogue: new items the bot added to the dictionary itself, not yet admitted. */
export function outsideCatalogue(deps: BotDeps, newFields: StoredNewField[]): StoredNewField[] {
  return newFields.filter((f) => !f.choices?.length && f.key !== undefined && deps.store.fields.get(f.key)?.ledger === 'inferred');
}

/** Whether a request from this member with these items waits for an admin. */
export function awaitsAdmission(deps: BotDeps, member: Member, newFields: StoredNewField[]): boolean {
  return deps.settings().admission === 'review' && member.role !== 'admin' && outsideCatalogue(deps, newFields).length > 0;
}

/** Stores the request (one per period) as pending, tells the lead why it waits and each admin what to decide. */
export function holdForAdmission(deps: BotDeps, turn: Turn, parsed: ParsedRequest, newFields: StoredNewField[], title: string, messageId = turn.lineId): RequestRecord {
  const { store } = deps;
  const roster = store.roster.snapshot();
  // (ITEM_TARGETS: the request waits in the parts it would have gone out in, each with its own units — itemParts)
  const parts = itemParts(parsed, newFields);
  const ids = (parsed.periods ?? [parsed.period]).flatMap((period) => parts.map((part) => {
    const id = store.requests.add({
      messageId, memberId: turn.member.id, department: parsed.department, title,
      fields: part.fields, newFields: part.newFields, period, deadline: parsed.deadline,
      deadlineHasTime: parsed.deadlineHasTime, targets: part.targets, createdAt: turn.now,
    });
    store.requests.update(id, { status: 'pending' });
    store.audit.record(turn.now, turn.member.id, 'request.create', `r${id}`, { pending: true, parsed });
    return id;
  }));
  const first = store.requests.get(ids[0]!)!;
  const outside = outsideCatalogue(deps, newFields).map((f) => `“${f.label}”`).join('、');
  answer(deps, turn, {
    text: `已登记 r${first.id}：${title}\n· 准入：${outside}不在目录（字典和台账）中，按准入规定需管理员批准后才会下发，批准前不会询问任何人。我已通知管理员，结果会在这里告诉你。`,
    mentions: [turn.member.id],
  });
  for (const admin of roster.members.filter((m) => m.role === 'admin')) {
    deps.outbound.say({ kind: 'dm', memberId: admin.id }, {
      text: `【待准入】r${first.id} ${departmentName(roster, first.department)}（${turn.member.name}）：${title}\n目录外的数据项：${outside}\n报送单位：${first.targets.length} 个\n回复“批准 r${first.id}”下发，或“驳回 r${first.id} 理由”退回。`,
    }, { initiated: true });
  }
  return first;
}

/** Every request of the pending request's message (a notice for several periods is one request per period). */
function pendingOfMessage(deps: BotDeps, requestId: number): RequestRecord[] {
  const request = deps.store.requests.get(requestId);
  if (!request || request.status !== 'pending') return [];
  return deps.store.requests.all().filter((r) => r.messageId === request.messageId && r.status === 'pending');
}

/** 批准: the request goes out as if it had just been posted, and its new items join the catalogue. */
export function admitRequest(deps: BotDeps, requestId: number, admin: Member, at: Date): string {
  const { store } = deps;
  const requests = pendingOfMessage(deps, requestId);
  if (!requests.length) return `没有待批准的需求 r${requestId}。`;
  const roster = store.roster.snapshot();
  for (const f of outsideCatalogue(deps, requests[0]!.newFields)) {
    const field = store.fields.get(f.key!)!;
    const { ledger: _inferred, ...admitted } = field;
    store.fields.upsert(admitted, 'admin');
  }
  let asked = 0;
  let members = new Set<string>();
  // (the parts of one period go into one collection, as when a request goes straight out)
  const into = new Map<string | null, number>();
  for (const r of requests) {
    store.requests.update(r.id, { status: 'active' });
    const { collectionId, plan } = placeRequest(deps, r.id, into.get(r.period));
    if (!into.has(r.period)) into.set(r.period, collectionId);
    asked += askedCount(plan);
    members = new Set([...members, ...plan.asked.keys()]);
    announceIfComplete(deps, collectionId);
    store.audit.record(at, admin.id, 'request.admit', `r${r.id}`, { collection: `c${collectionId}` });
  }
  const first = requests[0]!;
  deps.outbound.say({ kind: 'channel' }, {
    text: `@${memberName(roster, first.memberId)} r${first.id}（${first.title}）管理员${admin.name}已批准，${asked ? `已私信 ${members.size} 位同志，共 ${asked} 项` : '无需再问任何人'}。`,
    mentions: [first.memberId],
  }, { replyTo: first.messageId });
  return `已批准 r${first.id}，${asked ? `已询问 ${asked} 项` : '没有需要询问的'}。`;
}

/** 驳回: the request is withdrawn and the lead hears the reason. */
export function rejectRequest(deps: BotDeps, requestId: number, reason: string, admin: Member, at: Date): string {
  const { store } = deps;
  const requests = pendingOfMessage(deps, requestId);
  if (!requests.length) return `没有待批准的需求 r${requestId}。`;
  if (!reason) return `请写明驳回理由，例如“驳回 r${requestId} 该数据已在统计年报中，可向统计站索取”。`;
  const roster = store.roster.snapshot();
  for (const r of requests) {
    store.requests.update(r.id, { status: 'withdrawn' });
    store.audit.record(at, admin.id, 'request.reject', `r${r.id}`, { reason });
  }
  const first = requests[0]!;
  deps.outbound.say({ kind: 'channel' }, {
    text: `@${memberName(roster, first.memberId)} r${first.id}（${first.title}）未获批准，不会下发。管理员${admin.name}的理由：${reason}`,
    mentions: [first.memberId],
  }, { replyTo: first.messageId });
  return `已驳回 r${first.id}，已告知${memberName(roster, first.memberId)}。`;
}

/** Requests waiting for an admin, oldest first. */
export function pendingRequests(deps: BotDeps): RequestRecord[] {
  const seen = new Set<number>();
  return deps.store.requests.all().filter((r) => r.status === 'pending' && !seen.has(r.messageId) && seen.add(r.messageId));
}

export function admissionCommands(deps: BotDeps): ChatCommand[] {
  const refusal = '只有管理员可以批准或驳回需求。';
  return [
    {
      name: 'admit', pattern: /^批准\s*[rR](\d+)\s*$/, roles: ['admin'], refusal,
      run: (c: CommandCall) => c.reply(admitRequest(deps, Number(c.match[1]), c.member, c.now)),
    },
    {
      name: 'reject', pattern: /^驳回\s*[rR](\d+)[\s，,：:]*(.*)$/s, roles: ['admin'], refusal,
      run: (c: CommandCall) => c.reply(rejectRequest(deps, Number(c.match[1]), c.match[2]!.replace(/^理由[：:]?/, '').trim(), c.member, c.now)),
    },
    {
      name: 'pending-requests', pattern: /^(待批准|待准入)$/, roles: ['admin'], refusal,
      run: (c: CommandCall) => {
        const roster = deps.store.roster.snapshot();
        const list = pendingRequests(deps);
        c.reply(list.length
          ? `待批准的需求 ${list.length} 条：\n${list.map((r) => `· r${r.id} ${departmentName(roster, r.department)}：${r.title}（目录外：${listNames(outsideCatalogue(deps, r.newFields).map((f) => f.label))}）`).join('\n')}\n回复“批准 rN”或“驳回 rN 理由”。`
          : '没有待批准的需求。');
      },
    },
  ];
}
