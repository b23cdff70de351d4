import { Hono } from 'hono';
import { z } from 'zod';
import { definePlugin } from '../../src/plugins/define.js';
import { eventRoutes } from './events.js';
import { webRoutes } from './routes.js';

/** The built-in local channel: members post and read over JSON on this machine, no chat platform needed. */
export default definePlugin({
  name: 'web',
  title: '本地网页频道',
  description: '内置的本地频道：无需任何聊天平台账号，在浏览器里以名册中任一成员的身份发消息、看私信。',
  config: z.object({
    token: z.string().min(16, '至少 16 个字符').optional().meta({ title: '访问令牌', description: '服务绑定到非本机地址时必须设置，打开网页频道需带上它' }),
    rateLimitPerMinute: z.coerce.number().int().min(1).max(100_000).default(600).meta({ title: '每分钟消息上限', description: '每位成员每分钟最多可发的消息数' }),
    pollMs: z.number().int().min(100, '不能小于 100 毫秒').max(5000, '不能大于 5000 毫秒').default(300)
      .meta({ title: '刷新间隔（毫秒）', description: '网页频道检查新消息的间隔' }),
  }),
  fromEnv: (env) => ({ token: env.ONETABLE_WEB_TOKEN, rateLimitPerMinute: env.ONETABLE_RATE_LIMIT }),
  secrets: ['token'],
  setup(ctx, config) {
    // The host hands requests over with their full path, so the routes carry the prefix.
    const app = new Hono().basePath('/api/web');
    webRoutes(app, ctx, config);
    eventRoutes(app, ctx, config);
    ctx.mount('/api/web', app);
  },
});
