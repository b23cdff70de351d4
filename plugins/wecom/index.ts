import { definePlugin } from '../../src/plugins/define.js';
import { WecomAdapter } from './adapter.js';
import { WecomApi } from './api.js';
import { messageFromCallback } from './callback-message.js';
import { wecomConfigFromEnv, wecomConfigSchema } from './config.js';
import { ensureGroupChat, type GroupChatState } from './group-chat.js';
import { onetableOf } from './onetable.js';
import { CALLBACK_PREFIX, wecomWebhook } from './webhook.js';

/** WeCom (企业微信, 政务微信 deployments): a self-built application. See docs/wecom.md. */
export default definePlugin({
  name: 'wecom',
  title: '企业微信',
  description: '企业微信自建应用：成员在应用里给一表通发消息（发布需求、报送数据），一表通单聊询问，并在应用群聊里通知进展。',
  config: wecomConfigSchema,
  fromEnv: wecomConfigFromEnv,
  enabledByDefault: (env) => !!env.WECOM_CORP_ID,
  secrets: ['secret', 'token', 'encodingAESKey'],
  async setup(ctx, config) {
    const onetable = onetableOf(ctx);
    const api = new WecomApi({ apiBase: config.apiBase, corpId: config.corpId, secret: config.secret });
    const adapter = new WecomAdapter(config, api, onetable);
    await ctx.adapter(adapter);

    let received = 0;
    let duplicates = 0;
    ctx.mount(CALLBACK_PREFIX, wecomWebhook({
      config, now: onetable.now, logger: ctx.logger,
      accept(fields) {
        const message = messageFromCallback(fields, { agentId: config.agentId, now: onetable.now() });
        if (!message) return;
        received++;
        if (onetable.receive(message, fields) === 'duplicate') duplicates++;
      },
    }));

    let groupChat: GroupChatState | 'checking' = 'checking';
    void ensureGroupChat(config, api, onetable).then((state) => {
      groupChat = state;
    });

    ctx.health(() => ({ groupChat, messagesReceived: received, duplicateMessages: duplicates, ...adapter.health() }));
  },
});
