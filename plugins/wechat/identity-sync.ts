// Rebuilds the store's wechat identity bindings from the live contact list (on every login, and when a stranger writes).
import type { Member, PluginContext, PluginState } from '../../src/plugins/define.js';
import { matchIdentities, normalizeKey, type ContactKeys, type IdentityMatch, type MemberKey } from './identity-match.js';

export const PLATFORM = 'wechat';
const LEARNED = 'learned-keys';

/** What the WeChat plugin reads and writes about people: the roster, its WeChat bindings, the keys it learned. */
export type People = Pick<PluginContext, 'roster' | 'identities' | 'state' | 'transaction'>;

export interface SyncReport {
  bound: number;
  removed: number;
  ambiguous: IdentityMatch['ambiguous'];
  unmatched: string[];
}

/** Keys that a binding confirmed by an admin (`确认绑定`) taught us: the remark or nickname the contact had then. */
export function learnedKeys(state: PluginState): Record<string, string> {
  return state.get<Record<string, string> | null>(LEARNED) ?? {};
}

/** The key a member is recognised by: the roster's `identities.wechat`, else a learned one. */
export function memberKey(member: Member, learned: Record<string, string>): string | null {
  return normalizeKey(member.identities?.[PLATFORM]) || normalizeKey(learned[member.id]) || null;
}

/** Remembers the key of a contact bound without a roster key, so the binding survives the next re-login. */
export function learnKey(state: PluginState, member: Member, contact: ContactKeys): void {
  if (normalizeKey(member.identities?.[PLATFORM])) return;
  const key = normalizeKey(contact.alias) || normalizeKey(contact.name);
  const learned = learnedKeys(state);
  if (!key || learned[member.id] === key) return;
  state.set(LEARNED, { ...learned, [member.id]: key });
}

export function syncIdentities(people: People, contacts: ContactKeys[], now: Date): SyncReport {
  const { roster, identities, state } = people;
  const members = roster.snapshot().members;
  const learned = learnedKeys(state);
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
  people.transaction(() => {
    for (const b of identities.all()) {
      const wanted = match.bindings.get(b.externalId);
      const keep = present.has(b.externalId) && !doubtful.has(b.memberId) && roster.member(b.memberId) !== undefined
        && (wanted === undefined ? !hasKey.has(b.memberId) : wanted === b.memberId);
      if (!keep) {
        identities.unbind(b.externalId);
        removed++;
      }
    }
    for (const [contactId, memberId] of match.bindings) {
      if (identities.memberOf(contactId) === memberId && identities.of(memberId) === contactId) continue;
      identities.bind(contactId, memberId, now);
      bound++;
    }
    // Bindings an admin confirmed without a roster key: remember how to find the contact again after a re-login.
    for (const b of identities.all().filter((i) => !match.bindings.has(i.externalId))) {
      const member = roster.member(b.memberId);
      const contact = present.get(b.externalId);
      if (member && contact) learnKey(state, member, contact);
    }
  });
  return { bound, removed, ambiguous: match.ambiguous, unmatched: match.unmatched };
}
