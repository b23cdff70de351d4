// Everything this plugin uses of onetable's PluginContext, in one place.
import type { Logger } from '../../src/bot/context.js';
import type { InboundMessage } from '../../src/chat/contract.js';
import type { PluginContext } from '../../src/plugins/define.js';

export const PLATFORM = 'dingtalk';

export interface Onetable {
  logger: Logger;
  now(): Date;
  /** Commits a message to the inbox (processing follows in the background); 'duplicate' when it was stored before. */
  receive(message: InboundMessage, raw: unknown): 'stored' | 'duplicate';
  /** The member's DingTalk userId, after binding the roster's `identities.dingtalk` entries. */
  userIdOf(memberId: string): string | null;
  memberName(memberId: string): string | undefined;
}

export function onetableOf(ctx: PluginContext): Onetable {
  const { store, bot } = ctx;
  let revision = -1;
  /** Binds every roster member's `identities.dingtalk` so the engine recognises them; writes only when the roster changed. */
  const syncIdentities = (): void => {
    const roster = store.roster;
    if (roster.revision === revision) return;
    revision = roster.revision;
    for (const member of roster.snapshot().members) {
      const userId = member.identities?.[PLATFORM];
      if (!userId || roster.memberByIdentity(PLATFORM, userId) === member.id) continue;
      roster.bindIdentity(PLATFORM, userId, member.id, ctx.clock.now());
    }
  };
  return {
    logger: ctx.logger,
    now: () => ctx.clock.now(),
    receive(message, raw) {
      syncIdentities();
      const seq = bot.ingest(message, raw);
      if (seq === null) return 'duplicate';
      void bot.kick();
      return 'stored';
    },
    userIdOf(memberId) {
      syncIdentities();
      return store.roster.identityOf(memberId, PLATFORM);
    },
    memberName: (memberId) => store.roster.member(memberId)?.name,
  };
}
