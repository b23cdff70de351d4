// Everything this plugin uses of onetable's PluginContext, in one place.
import type { Logger } from '../../src/plugins/define.js';
import type { InboundMessage } from '../../src/plugins/define.js';
import type { PluginContext } from '../../src/plugins/define.js';

export const PLATFORM = 'wecom';

export interface Onetable {
  logger: Logger;
  now(): Date;
  /** Commits a message to the inbox (processing follows in the background); 'duplicate' when it was stored before. */
  receive(message: InboundMessage, raw: unknown): 'stored' | 'duplicate';
  /** The member's WeCom userid, after binding the roster's `identities.wecom` entries. */
  userIdOf(memberId: string): string | null;
  memberName(memberId: string): string | undefined;
  /** Every member with a WeCom userid, admins and leads first (who may own the group chat). */
  boundUserIds(): string[];
}

export function onetableOf(ctx: PluginContext): Onetable {
  let revision = -1;
  /** Binds every roster member's `identities.wecom` so the engine recognises them; writes only when the roster changed. */
  const syncIdentities = (): void => {
    if (ctx.roster.revision === revision) return;
    revision = ctx.roster.revision;
    for (const member of ctx.roster.snapshot().members) {
      const userId = member.identities?.[PLATFORM];
      if (!userId || ctx.identities.memberOf(userId) === member.id) continue;
      ctx.identities.bind(userId, member.id, ctx.clock.now());
    }
  };
  return {
    logger: ctx.logger,
    now: () => ctx.clock.now(),
    receive(message, raw) {
      syncIdentities();
      return ctx.intake.accept(message, raw).duplicate ? 'duplicate' : 'stored';
    },
    userIdOf(memberId) {
      syncIdentities();
      return ctx.identities.of(memberId);
    },
    memberName: (memberId) => ctx.roster.member(memberId)?.name,
    boundUserIds() {
      syncIdentities();
      const rank = { admin: 0, lead: 1, staff: 2 } as Record<string, number>;
      return [...ctx.roster.snapshot().members]
        .sort((a, b) => (rank[a.role] ?? 3) - (rank[b.role] ?? 3))
        .map((m) => ctx.identities.of(m.id))
        .filter((id): id is string => !!id);
    },
  };
}
