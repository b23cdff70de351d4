// Which WeChat contact is which roster member, by a key that survives re-login (the admin's remark, else the nickname).
// Contact ids change after a re-login, so this is recomputed on every login; when in doubt, nobody is bound.

export interface ContactKeys {
  id: string;
  /** The remark the bot account's owner set on the contact (wechaty: `contact.alias()`). */
  alias: string | null;
  name: string;
}

export interface MemberKey {
  memberId: string;
  key: string;
}

export interface IdentityMatch {
  /** contact id → member id, only where exactly one contact matches a member and that contact matches no one else. */
  bindings: Map<string, string>;
  /** Members left unbound because the key was ambiguous, with the reason. */
  ambiguous: Array<{ memberId: string; reason: string }>;
  /** Members whose key matched no contact. */
  unmatched: string[];
}

export function normalizeKey(s: string | null | undefined): string {
  return (s ?? '').normalize('NFKC').replace(/\s+/g, ' ').trim();
}

/** A member's key matches contacts by remark first; only when no remark matches does the nickname count. */
function candidatesFor(key: string, contacts: ContactKeys[]): ContactKeys[] {
  const byAlias = contacts.filter((c) => normalizeKey(c.alias) === key);
  return byAlias.length ? byAlias : contacts.filter((c) => normalizeKey(c.name) === key);
}

export function matchIdentities(members: MemberKey[], contacts: ContactKeys[]): IdentityMatch {
  const ambiguous: IdentityMatch['ambiguous'] = [];
  const unmatched: string[] = [];
  const claims = new Map<string, string[]>();
  for (const { memberId, key } of members) {
    const k = normalizeKey(key);
    if (!k) continue;
    const found = candidatesFor(k, contacts);
    if (found.length === 0) unmatched.push(memberId);
    else if (found.length > 1) ambiguous.push({ memberId, reason: `${found.length} contacts match "${k}"` });
    else claims.set(found[0]!.id, [...(claims.get(found[0]!.id) ?? []), memberId]);
  }
  const bindings = new Map<string, string>();
  for (const [contactId, memberIds] of claims) {
    if (memberIds.length === 1) bindings.set(contactId, memberIds[0]!);
    else for (const memberId of memberIds) ambiguous.push({ memberId, reason: `one contact matches ${memberIds.length} members` });
  }
  return { bindings, ambiguous, unmatched };
}
