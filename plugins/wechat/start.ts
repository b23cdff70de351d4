// Wires a WeChat adapter over a Wechaty instance into a plugin context: QR route, health, admin alerts, offline archive.
import type { Wechaty } from 'wechaty';
import type { PluginContext } from '../../src/plugins/define.js';
import { alertAdminsElsewhere } from './admin-alerts.js';
import { createWechatAdapter, type WechatAdapter, type WechatAdapterOptions } from './adapter.js';
import type { WechatConfig } from './config.js';
import { printQr } from './qr-terminal.js';
import { qrRoutes } from './qr-routes.js';

/** Wires an adapter over a Wechaty instance into the plugin context (tests pass a mock-puppet Wechaty here). */
export async function startWechat(
  ctx: PluginContext, config: WechatConfig, wechaty: Wechaty, tuning: Partial<WechatAdapterOptions> = {},
): Promise<WechatAdapter> {
  let loggedOutBefore = false;
  const adapter: WechatAdapter = createWechatAdapter({
    wechaty, people: ctx, logger: ctx.logger,
    ...(config.roomTopic ? { roomTopic: config.roomTopic } : {}), ...(config.roomId ? { roomId: config.roomId } : {}),
    sendIntervalMs: config.sendIntervalMs, heartbeatTimeoutMs: config.heartbeatTimeoutMs,
    archive: (message, raw) => void ctx.intake.archive(message, raw),
    onScan: (qrcode, status) => void printQr(qrcode, status, '/wechat/qr'),
    onLogout: (reason) => {
      loggedOutBefore = true;
      alertAdminsElsewhere(ctx, adapter,
        `微信机器人账号已掉线（${reason}）。需要发到微信的消息已暂存，重新登录后会依次发出。请在服务器本机打开 /wechat/qr 扫码重新登录。`);
    },
    onLogin: (user) => {
      if (loggedOutBefore) alertAdminsElsewhere(ctx, adapter, `微信机器人账号已重新登录（${user}），暂存的消息正在发出。`);
    },
    ...tuning,
  });
  ctx.mount('/wechat', qrRoutes(adapter.state, { token: config.adminToken ?? ctx.adminToken ?? undefined }));
  ctx.health(() => adapter.health());
  await ctx.adapter(adapter);
  return adapter;
}
