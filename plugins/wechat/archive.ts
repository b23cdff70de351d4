// Offline replay: after a restart the puppet re-delivers old messages. They are kept in the inbox (and the
// conversation) but marked done at once, so the bot never acts on them a second time or out of context.
import type { InboundMessage } from '../../src/chat/contract.js';
import type { Bot } from '../../src/bot/engine.js';

export function archiveWithoutActing(bot: Bot, message: InboundMessage, raw: unknown): number | null {
  const { store } = bot;
  return store.transaction(() => {
    const seq = bot.ingest(message, raw);
    if (seq !== null) store.inbox.mark(seq, 'done', bot.identify(message)?.id ?? null, bot.deps.clock.now(), 'offline replay: stored, not acted on');
    return seq;
  });
}
