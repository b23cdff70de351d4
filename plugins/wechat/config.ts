// The WeChat plugin's configuration, read from WECHATY_* / WECHAT_* environment variables (see .env.example).
import { z } from 'zod';

const ms = (min: number, max: number, fallback: number) => z.coerce.number().int().min(min).max(max).default(fallback);

export const wechatConfigSchema = z.object({
  puppet: z.string().min(1).meta({ title: '微信协议（puppet）', description: '连接微信所用的 wechaty puppet 包，如 wechaty-puppet-wechat4u 或 wechaty-puppet-service' }),
  token: z.string().optional().meta({ title: '协议令牌', description: 'puppet 服务的令牌（使用 wechaty-puppet-service 时填写）' }),
  roomTopic: z.string().min(1).optional().meta({ title: '报送群名称', description: '统一报送微信群的群名称' }),
  roomId: z.string().min(1).optional().meta({ title: '报送群 ID', description: '统一报送微信群的 ID（只有部分协议下固定不变，一般填群名称即可）' }),
  sendIntervalMs: ms(0, 600_000, 1500).meta({ title: '发送间隔（毫秒）', description: '两条消息之间至少间隔的毫秒数，避免发送过快被限制' }),
  heartbeatTimeoutMs: ms(0, 3_600_000, 300_000).meta({ title: '心跳超时（毫秒）', description: '这么久收不到心跳就重启连接；填 0 表示不检查' }),
  sessionName: z.string().min(1).default('onetable-wechat').meta({ title: '会话名称', description: '登录状态保存在以此命名的文件里，重启后免扫码' }),
  adminToken: z.string().optional().meta({ title: '扫码页令牌', description: '打开登录二维码页（/wechat/qr）时需要的令牌，默认同管理员令牌' }),
}).refine((c) => c.roomTopic || c.roomId, { message: '请填写报送群名称（WECHAT_ROOM_TOPIC）或群 ID（WECHAT_ROOM_ID）', path: ['roomTopic'] });

export type WechatConfig = z.infer<typeof wechatConfigSchema>;

export function wechatConfigFromEnv(env: NodeJS.ProcessEnv): Record<string, unknown> {
  return {
    puppet: env.WECHATY_PUPPET, token: env.WECHATY_PUPPET_SERVICE_TOKEN ?? env.WECHATY_TOKEN,
    roomTopic: env.WECHAT_ROOM_TOPIC, roomId: env.WECHAT_ROOM_ID,
    sendIntervalMs: env.WECHAT_SEND_INTERVAL_MS, heartbeatTimeoutMs: env.WECHAT_HEARTBEAT_TIMEOUT_MS,
    sessionName: env.WECHATY_NAME, adminToken: env.ONETABLE_ADMIN_TOKEN,
  };
}
