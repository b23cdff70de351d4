import { WechatyBuilder, type Wechaty, type WechatyOptions } from 'wechaty';
import { definePlugin, type PluginContext } from '../../src/plugins/define.js';
import { alertAdminsElsewhere } from './admin-alerts.js';
import { createWechatAdapter, type WechatAdapter, type WechatAdapterOptions } from './adapter.js';
import { archiveWithoutActing } from './archive.js';
import { wechatConfigFromEnv, wechatConfigSchema, type WechatConfig } from './config.js';
import { printQr } from './qr-terminal.js';
import { qrRoutes } from './qr-routes.js';

export { createWechatAdapter, WechatAdapter } from './adapter.js';
export type { WechatAdapterOptions } from './adapter.js';

/** WeChat through wechaty: the consolidated group is the channel, private chats are DMs. */
export default definePlugin({
  name: 'wechat',
  title: '微信（wechaty）',
  description: '通过 wechaty 接入个人微信：指定的微信群作为统一频道，私聊作为私信。协议（puppet）由 WECHATY_PUPPET 选择。',
  config: wechatConfigSchema,
  fromEnv: wechatConfigFromEnv,
  enabledByDefault: (env) => Boolean(env.WECHATY_PUPPET),
  secrets: ['token', 'adminToken'],
  async setup(ctx, config) {
    const options: WechatyOptions = {
      name: config.sessionName,
      puppet: config.puppet as NonNullable<Extract<WechatyOptions, { puppet?: string }>['puppet']>,
      ...(config.token ? { puppetOptions: { token: config.token } } : {}),
    };
    await startWechat(ctx, config, WechatyBuilder.build(options));
  },
});

/** Wires an adapter over a Wechaty instance into the plugin context (tests pass a mock-puppet Wechaty here). */
export async function startWechat(
  ctx: PluginContext, config: WechatConfig, wechaty: Wechaty, tuning: Partial<WechatAdapterOptions> = {},
): Promise<WechatAdapter> {
  let loggedOutBefore = false;
  const adapter: WechatAdapter = createWechatAdapter({
    wechaty, store: ctx.store, logger: ctx.logger,
    ...(config.roomTopic ? { roomTopic: config.roomTopic } : {}), ...(config.roomId ? { roomId: config.roomId } : {}),
    sendIntervalMs: config.sendIntervalMs, heartbeatTimeoutMs: config.heartbeatTimeoutMs,
    archive: (message, raw) => void archiveWithoutActing(ctx.bot, message, raw),
    onScan: (qrcode, status) => void printQr(qrcode, status, '/wechat/qr'),
    onLogout: (reason) => {
      loggedOutBefore = true;
      alertAdminsElsewhere(ctx.bot, adapter,
        `微信机器人账号已掉线（${reason}）。需要发到微信的消息已暂存，重新登录后会依次发出。请在服务器本机打开 /wechat/qr 扫码重新登录。`);
    },
    onLogin: (user) => {
      if (loggedOutBefore) alertAdminsElsewhere(ctx.bot, adapter, `微信机器人账号已重新登录（${user}），暂存的消息正在发出。`);
    },
    ...tuning,
  });
  ctx.mount('/wechat', qrRoutes(adapter.state, { token: config.adminToken }));
  ctx.health(() => adapter.health());
  await ctx.adapter(adapter);
  return adapter;
}
