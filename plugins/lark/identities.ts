import type { Store } from '../../src/store/store.js';

/**
 * Binds every roster member's `identities.lark` (their open_id) so the engine recognises them.
 * Cheap to call often: it only writes when the roster changed since the last sync.
 */
export class IdentitySync {
  private revision = -1;

  constructor(private readonly store: Store, private readonly now: () => Date) {}

  sync(): void {
    const roster = this.store.roster;
    if (roster.revision === this.revision) return;
    this.revision = roster.revision;
    for (const member of roster.snapshot().members) {
      const openId = member.identities?.lark;
      if (!openId) continue;
      if (roster.memberByIdentity('lark', openId) === member.id && roster.identityOf(member.id, 'lark') === openId) continue;
      roster.bindIdentity('lark', openId, member.id, this.now());
    }
  }
}
