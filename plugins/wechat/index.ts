import { definePlugin } from '../../src/plugins/define.js';
import { wechatConfigFromEnv, wechatConfigSchema } from './config.js';

/**
 * WeChat through wechaty: the consolidated group is the channel, private chats are DMs.
 * wechaty is imported only when the plugin starts (it takes seconds to load), never at discovery.
 * Tests and embedders use `startWechat` (./start.js) or `createWechatAdapter` (./adapter.js) with their own Wechaty.
 */
export default definePlugin({
  name: 'wechat',
  title: '微信（wechaty）',
  description: '通过 wechaty 接入个人微信：指定的微信群作为统一频道，私聊作为私信。协议（puppet）由 WECHATY_PUPPET 选择。',
  config: wechatConfigSchema,
  fromEnv: wechatConfigFromEnv,
  enabledByDefault: (env) => Boolean(env.WECHATY_PUPPET),
  secrets: ['token', 'adminToken'],
  async setup(ctx, config) {
    const [{ WechatyBuilder }, { startWechat }] = await Promise.all([import('wechaty'), import('./start.js')]);
    const wechaty = WechatyBuilder.build({
      name: config.sessionName,
      // Any installed puppet package name works; wechaty's type only lists the official ones.
      puppet: config.puppet as 'wechaty-puppet-wechat4u',
      ...(config.token ? { puppetOptions: { token: config.token } } : {}),
    });
    await startWechat(ctx, config, wechaty);
  },
});
