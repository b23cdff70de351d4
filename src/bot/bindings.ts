// Binding a platform account to a roster member: the person asks (绑定 姓名), an admin confirms by the request's code.
// The code matters: two accounts may ask for the same name, and only the one the admin checked may be bound.
import { randomInt } from 'node:crypto';
import type { BotDeps } from './context.js';

interface PendingBinding {
  memberId: string;
  code: string;
  at: string;
}

const PREFIX = 'binding:';
/** Letters and digits that cannot be mistaken for one another when read aloud or retyped. */
const CODE_CHARS = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

function newCode(): string {
  return Array.from({ length: 4 }, () => CODE_CHARS[randomInt(CODE_CHARS.length)]).join('');
}

function pendingBindings(deps: BotDeps): Array<{ key: string; platform: string; externalId: string; pending: PendingBinding }> {
  return Object.entries(deps.store.settings.all())
    .filter(([key, value]) => key.startsWith(PREFIX) && typeof (value as PendingBinding | null)?.code === 'string')
    .map(([key, value]) => {
      const [platform, ...rest] = key.slice(PREFIX.length).split(':');
      return { key, platform: platform!, externalId: rest.join(':'), pending: value as PendingBinding };
    });
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
  const key = `${PREFIX}${platform}:${externalId}`;
  const existing = deps.store.settings.all()[key] as PendingBinding | undefined;
  if (existing?.memberId === member.id) return { kind: 'requested', code: existing.code, memberName: name, repeated: true };
  const code = newCode();
  deps.store.settings.set(key, { memberId: member.id, code, at: now.toISOString() } satisfies PendingBinding);
  deps.store.audit.record(now, `?${platform}:${externalId}`, 'identity.bind.request', member.id, { platform, code });
  return { kind: 'requested', code, memberName: name, repeated: false };
}

/** An admin's 确认绑定 <申请码> (or <姓名> when only one request names that person). Returns the answer to send. */
export function confirmBinding(deps: BotDeps, adminId: string, codeOrName: string, now: Date): string {
  const all = pendingBindings(deps);
  const wanted = codeOrName.toUpperCase();
  let chosen = all.filter((b) => b.pending.code === wanted);
  if (!chosen.length) {
    const byName = all.filter((b) => deps.store.roster.member(b.pending.memberId)?.name === codeOrName);
    if (byName.length > 1) {
      return `有 ${byName.length} 个账号申请绑定为“${codeOrName}”，请按群里通知中的申请码确认，例如“确认绑定 ${byName[0]!.pending.code}”。`;
    }
    chosen = byName;
  }
  const binding = chosen[0];
  if (!binding) return `没有“${codeOrName}”的待确认绑定。`;
  deps.store.roster.bindIdentity(binding.platform, binding.externalId, binding.pending.memberId, now);
  deps.store.db.prepare('DELETE FROM settings WHERE key = ?').run(binding.key);
  deps.store.audit.record(now, adminId, 'identity.bind', binding.pending.memberId, { platform: binding.platform, code: binding.pending.code });
  const name = deps.store.roster.member(binding.pending.memberId)?.name ?? binding.pending.memberId;
  return `已确认绑定：${name}（${binding.platform}，申请码 ${binding.pending.code}）。`;
}
