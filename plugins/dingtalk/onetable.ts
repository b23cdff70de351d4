// Everything this plugin uses of onetable's PluginContext, in one place.
import type { Logger } from '../../src/plugins/define.js';
import type { InboundMessage } from '../../src/plugins/define.js';
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
  let revision = -1;
  /** Binds every roster member's `identities.dingtalk` so the engine recognises them; writes only when the roster changed. */
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
  };
}
