// The WeChat plugin's configuration, read from WECHATY_* / WECHAT_* environment variables (see .env.example).
import { z } from 'zod';

const ms = (min: number, max: number, fallback: number) => z.coerce.number().int().min(min).max(max).default(fallback);

export const wechatConfigSchema = z.object({
  puppet: z.string().min(1).describe('wechaty puppet package, e.g. wechaty-puppet-wechat4u or wechaty-puppet-service'),
  token: z.string().optional().describe('puppet token (wechaty-puppet-service)'),
  roomTopic: z.string().min(1).optional().describe('name (topic) of the consolidated WeChat group'),
  roomId: z.string().min(1).optional().describe('id of the consolidated WeChat group (stable only on some puppets)'),
  sendIntervalMs: ms(0, 600_000, 1500).describe('minimum gap between two sends, ms'),
  heartbeatTimeoutMs: ms(0, 3_600_000, 300_000).describe('restart the puppet after this long without a heartbeat, ms (0 = off)'),
  sessionName: z.string().min(1).default('onetable-wechat').describe('wechaty session name (its memory-card file keeps the login)'),
  adminToken: z.string().optional().describe('token required by GET /wechat/qr (ONETABLE_ADMIN_TOKEN)'),
}).refine((c) => c.roomTopic || c.roomId, { message: 'set WECHAT_ROOM_TOPIC or WECHAT_ROOM_ID', path: ['roomTopic'] });

export type WechatConfig = z.infer<typeof wechatConfigSchema>;

export function wechatConfigFromEnv(env: NodeJS.ProcessEnv): Record<string, unknown> {
  return {
    puppet: env.WECHATY_PUPPET, token: env.WECHATY_PUPPET_SERVICE_TOKEN ?? env.WECHATY_TOKEN,
    roomTopic: env.WECHAT_ROOM_TOPIC, roomId: env.WECHAT_ROOM_ID,
    sendIntervalMs: env.WECHAT_SEND_INTERVAL_MS, heartbeatTimeoutMs: env.WECHAT_HEARTBEAT_TIMEOUT_MS,
    sessionName: env.WECHATY_NAME, adminToken: env.ONETABLE_ADMIN_TOKEN,
  };
}
