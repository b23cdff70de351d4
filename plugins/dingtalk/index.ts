import { definePlugin } from '../../src/plugins/define.js';
import { DingtalkAdapter } from './adapter.js';
import { dingtalkConfigFromEnv, dingtalkConfigSchema } from './config.js';
import { DingtalkIntake } from './intake.js';
import { onetableOf } from './onetable.js';
import { DingtalkOpenApi } from './openapi.js';
import type { DingtalkStream as Stream } from './stream.js';

/** DingTalk (钉钉, 浙政钉 / 渝快政 deployments): an enterprise-internal robot over Stream mode. See docs/dingtalk.md. */
export default definePlugin({
  name: 'dingtalk',
  title: '钉钉',
  description: '钉钉企业内部应用机器人（Stream 模式，无需公网地址）：统一报送群里 @机器人 发布需求，单聊向各单位同志收集数据。',
  config: dingtalkConfigSchema,
  fromEnv: dingtalkConfigFromEnv,
  enabledByDefault: (env) => !!env.DINGTALK_CLIENT_ID,
  secrets: ['clientSecret'],
  async setup(ctx, config) {
    const onetable = onetableOf(ctx);
    const api = new DingtalkOpenApi({ apiBase: config.apiBase, clientId: config.clientId, clientSecret: config.clientSecret });
    const adapter = new DingtalkAdapter(config, api, onetable);
    await ctx.adapter(adapter);

    const intake = new DingtalkIntake(config.conversationId, onetable);
    // LOADED_WHEN_USED: the SDK (dingtalk-stream with axios, ~20 MB resident) loads when the plugin starts, not when the
    // plugins are discovered — as the Lark and WeChat plugins load theirs.
    const { DingtalkStream } = await import('./stream.js');
    const stream: Stream = new DingtalkStream(config, ctx.logger, intake);
    ctx.onStop(() => stream.stop());
    stream.start();

    ctx.health(() => ({ ...stream.status(), ...intake.status(), ...adapter.health() }));
  },
});
