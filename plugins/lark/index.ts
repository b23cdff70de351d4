import { definePlugin } from '../../src/plugins/define.js';
import { larkConfigFromEnv, larkConfigSchema } from './config.js';
import type { LarkSocket } from './socket.js';

const BOT_INFO_TIMEOUT_MS = 5000;

/** Lark / Feishu: the consolidated group chat and every member's DM with the bot. See docs/lark.md. */
export default definePlugin({
  name: 'lark',
  title: '飞书 / Lark',
  description: '把飞书群作为统一报送频道：在群里发布需求，私信向各单位同志收集数据，卡片表单直接填报。',
  config: larkConfigSchema,
  fromEnv: larkConfigFromEnv,
  enabledByDefault: (env) => !!env.LARK_APP_ID,
  secrets: ['appSecret', 'encryptKey', 'verificationToken'],
  async setup(ctx, config) {
    // The Lark SDK is loaded only when the plugin runs: discovering the plugins imports every one, and the SDK alone
    // took ~95 MB of resident memory in each process that imported it (bench/, memory).
    const [{ LarkAdapter }, { fetchBotOpenId }, { createLarkClient }, { IdentitySync }, { LarkIntake, larkEventDispatcher }, { P2pChats }, { LarkSocket }, { larkWebhook, WEBHOOK_PREFIX }] = await Promise.all([
      import('./adapter.js'), import('./bot-identity.js'), import('./client.js'), import('./identities.js'), import('./intake.js'),
      import('./p2p-chats.js'), import('./socket.js'), import('./webhook.js'),
    ]);
    const logger = ctx.logger;
    const client = createLarkClient(config, logger);
    const identities = new IdentitySync(ctx.roster, ctx.identities, () => ctx.clock.now());

    // Without its own open_id the bot still recognises mentions of its display name (settings().botName).
    const botOpenId = await withTimeout(fetchBotOpenId(client), BOT_INFO_TIMEOUT_MS).catch((err: unknown) => {
      logger.warn({ plugin: 'lark', err: (err as Error)?.message ?? String(err) }, 'could not read the bot info; matching mentions by name');
      return null;
    });

    const adapter = new LarkAdapter({ client, roster: ctx.roster, openIds: ctx.identities, chatId: config.chatId, identities, logger });
    await ctx.adapter(adapter);

    const intake = new LarkIntake({
      intake: ctx.intake, dictionary: ctx.dictionary, clock: ctx.clock, settings: ctx.settings, logger, chatId: config.chatId,
      botOpenId: () => botOpenId, identities, p2p: new P2pChats(ctx.state),
    });
    const events = larkEventDispatcher(intake, logger);

    let socket: LarkSocket | null = null;
    if (config.mode === 'socket') {
      socket = new LarkSocket(config, logger);
      ctx.onStop(() => socket?.stop());
      await socket.start(events);
    } else {
      ctx.mount(WEBHOOK_PREFIX, larkWebhook({ config, clock: ctx.clock, logger, dispatch: (envelope) => events.invoke(envelope, { needCheck: false }) }));
    }

    ctx.health(() => ({
      mode: config.mode,
      botOpenId: botOpenId ? 'known' : 'unknown (matching mentions by name)',
      eventsReceived: intake.received,
      duplicateEvents: intake.duplicates,
      ...adapter.health(),
      ...(socket ? socket.status() : {}),
    }));
  },
});

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
