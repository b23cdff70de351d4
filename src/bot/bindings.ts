// Binding a platform account to a roster member: the person asks (绑定 姓名), an admin confirms by the request's code.
// The code matters: two accounts may ask for the same name, and only the one the admin checked may be bound.
import { randomInt } from 'node:crypto';
import type { BotDeps } from './context.js';

/** Letters and digits that cannot be mistaken for one another when read aloud or retyped. */
const CODE_CHARS = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

function newCode(): string {
  return Array.from({ length: 4 }, () => CODE_CHARS[randomInt(CODE_CHARS.length)]).join('');
}

export type BindRequestResult =
  | { kind: 'requested'; code: string; memberName: string; repeated: boolean }
  | { kind: 'unknownName' }
  | { kind: 'ambiguousName' };

/** Records a request to bind a platform account to the roster member of that name (one open request per account). */
export function requestBinding(deps: BotDeps, platform: string, externalId: string, name: string, now: Date): BindRequestResult {
  const candidates = deps.store.roster.snapshot().members.filter((m) => m.name === name);
  if (!candidates.length) return { kind: 'unknownName' };
  if (candidates.length > 1) return { kind: 'ambiguousName' };
  const member = candidates[0]!;
  const existing = deps.store.bindings.of(platform, externalId);
  if (existing?.memberId === member.id) return { kind: 'requested', code: existing.code, memberName: name, repeated: true };
  const code = newCode();
  deps.store.bindings.put({ platform, externalId, memberId: member.id, code, at: now });
  deps.store.audit.record(now, `?${platform}:${externalId}`, 'identity.bind.request', member.id, { platform, code });
  return { kind: 'requested', code, memberName: name, repeated: false };
}

/** An admin's 确认绑定 <申请码> (or <姓名> when only one request names that person). Returns the answer to send. */
export function confirmBinding(deps: BotDeps, adminId: string, codeOrName: string, now: Date): string {
  const { store } = deps;
  const all = store.bindings.all();
  const wanted = codeOrName.toUpperCase();
  let chosen = all.filter((b) => b.code === wanted);
  if (!chosen.length) {
    const byName = all.filter((b) => store.roster.member(b.memberId)?.name === codeOrName);
    if (byName.length > 1) {
      return `有 ${byName.length} 个账号申请绑定为“${codeOrName}”，请按群里通知中的申请码确认，例如“确认绑定 ${byName[0]!.code}”。`;
    }
    chosen = byName;
  }
  const binding = chosen[0];
  if (!binding) return `没有“${codeOrName}”的待确认绑定。`;
  store.roster.bindIdentity(binding.platform, binding.externalId, binding.memberId, now);
  store.bindings.remove(binding.platform, binding.externalId);
  store.audit.record(now, adminId, 'identity.bind', binding.memberId, { platform: binding.platform, code: binding.code });
  const name = store.roster.member(binding.memberId)?.name ?? binding.memberId;
  return `已确认绑定：${name}（${binding.platform}，申请码 ${binding.code}）。`;
}
