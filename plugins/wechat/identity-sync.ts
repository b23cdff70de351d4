// Rebuilds the store's wechat identity bindings from the live contact list (on every login, and when a stranger writes).
import type { Member } from '../../src/domain/types.js';
import type { Store } from '../../src/store/store.js';
import { matchIdentities, normalizeKey, type ContactKeys, type IdentityMatch, type MemberKey } from './identity-match.js';

export const PLATFORM = 'wechat';
const LEARNED = 'wechat:learned-keys';

export interface SyncReport {
  bound: number;
  removed: number;
  ambiguous: IdentityMatch['ambiguous'];
  unmatched: string[];
}

/** Keys that a binding confirmed by an admin (`确认绑定`) taught us: the remark or nickname the contact had then. */
export function learnedKeys(store: Store): Record<string, string> {
  return (store.settings.all()[LEARNED] as Record<string, string> | null | undefined) ?? {};
}

/** The key a member is recognised by: the roster's `identities.wechat`, else a learned one. */
export function memberKey(member: Member, learned: Record<string, string>): string | null {
  return normalizeKey(member.identities?.[PLATFORM]) || normalizeKey(learned[member.id]) || null;
}

/** Remembers the key of a contact bound without a roster key, so the binding survives the next re-login. */
export function learnKey(store: Store, member: Member, contact: ContactKeys): void {
  if (normalizeKey(member.identities?.[PLATFORM])) return;
  const key = normalizeKey(contact.alias) || normalizeKey(contact.name);
  const learned = learnedKeys(store);
  if (!key || learned[member.id] === key) return;
  store.settings.set(LEARNED, { ...learned, [member.id]: key });
}

export function syncIdentities(store: Store, contacts: ContactKeys[], now: Date): SyncReport {
  const roster = store.roster;
  const members = roster.snapshot().members;
  const learned = learnedKeys(store);
  const keyed: MemberKey[] = [];
  for (const m of members) {
    const key = memberKey(m, learned);
    if (key) keyed.push({ memberId: m.id, key });
  }
  const match = matchIdentities(keyed, contacts);
  const present = new Map(contacts.map((c) => [c.id, c]));
  const hasKey = new Set(keyed.map((k) => k.memberId));
  const doubtful = new Set(match.ambiguous.map((a) => a.memberId));
  let removed = 0;
  let bound = 0;
  store.transaction(() => {
    for (const b of roster.identities().filter((i) => i.platform === PLATFORM)) {
      const wanted = match.bindings.get(b.externalId);
      const keep = present.has(b.externalId) && !doubtful.has(b.memberId) && roster.member(b.memberId) !== undefined
        && (wanted === undefined ? !hasKey.has(b.memberId) : wanted === b.memberId);
      if (!keep) {
        roster.unbindIdentity(PLATFORM, b.externalId);
        removed++;
      }
    }
    for (const [contactId, memberId] of match.bindings) {
      if (roster.memberByIdentity(PLATFORM, contactId) === memberId && roster.identityOf(memberId, PLATFORM) === contactId) continue;
      roster.bindIdentity(PLATFORM, contactId, memberId, now);
      bound++;
    }
    // Bindings an admin confirmed without a roster key: remember how to find the contact again after a re-login.
    for (const b of roster.identities().filter((i) => i.platform === PLATFORM && !match.bindings.has(i.externalId))) {
      const member = roster.member(b.memberId);
      const contact = present.get(b.externalId);
      if (member && contact) learnKey(store, member, contact);
    }
  });
  return { bound, removed, ambiguous: match.ambiguous, unmatched: match.unmatched };
}
