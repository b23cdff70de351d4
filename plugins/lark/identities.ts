import type { PlatformIdentities, RosterReader } from '../../src/plugins/define.js';

/**
 * Binds every roster member's `identities.lark` (their open_id) so the engine recognises them.
 * Cheap to call often: it only writes when the roster changed since the last sync.
 */
export class IdentitySync {
  private revision = -1;

  constructor(private readonly roster: RosterReader, private readonly identities: PlatformIdentities, private readonly now: () => Date) {}

  sync(): void {
    const { roster, identities } = this;
    if (roster.revision === this.revision) return;
    this.revision = roster.revision;
    for (const member of roster.snapshot().members) {
      const openId = member.identities?.lark;
      if (!openId) continue;
      if (identities.memberOf(openId) === member.id && identities.of(member.id) === openId) continue;
      identities.bind(openId, member.id, this.now());
    }
  }
}
