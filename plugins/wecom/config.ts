import { z } from 'zod';

const httpBase = z.string().min(1).refine((u) => /^https?:\/\/[^\s/]+(\/.*)?$/.test(u), '以 http(s):// 开头的地址')
  .transform((u) => u.replace(/\/+$/, ''));

export const wecomConfigSchema = z.object({
  corpId: z.string().min(1).describe('企业 ID（我的企业 → 企业信息）'),
  agentId: z.coerce.number().int().positive().describe('自建应用的 AgentId'),
  secret: z.string().min(1).describe('自建应用的 Secret'),
  token: z.string().min(1).describe('接收消息的 Token（应用 → 接收消息 → 设置API接收）'),
  encodingAESKey: z.string().regex(/^[A-Za-z0-9]{43}$/, '43 位字母和数字').describe('接收消息的 EncodingAESKey（43 位）'),
  chatId: z.string().regex(/^[A-Za-z0-9]{1,32}$/, '1–32 位字母和数字').optional()
    .describe('统一报送群（应用群聊）的 chatid；群不存在时以名册里已绑定企业微信的成员创建'),
  chatName: z.string().min(1).max(50).default('一表通工作群').describe('创建应用群聊时用的群名'),
  apiBase: httpBase.default('https://qyapi.weixin.qq.com').describe('企业微信 API 地址（政务微信等私有部署时改为本地地址）'),
  userPerMinute: z.coerce.number().int().min(1).max(30).default(25).describe('应用向同一成员每分钟最多发送的消息数（企业微信上限 30，超出的会被丢弃）'),
  chatPerMinute: z.coerce.number().int().min(1).max(200).default(60).describe('应用向群聊每分钟最多发送的消息数'),
  maxSkewSeconds: z.coerce.number().int().min(5).max(3600).default(300).describe('回调时间戳允许的最大偏差（秒）'),
  bodyLimitBytes: z.coerce.number().int().min(1024).max(10 * 1024 * 1024).default(256 * 1024).describe('回调请求体上限（字节）'),
});

export type WecomConfig = z.infer<typeof wecomConfigSchema>;

export function wecomConfigFromEnv(env: NodeJS.ProcessEnv): Record<string, unknown> {
  return {
    corpId: env.WECOM_CORP_ID,
    agentId: env.WECOM_AGENT_ID,
    secret: env.WECOM_SECRET,
    token: env.WECOM_TOKEN,
    encodingAESKey: env.WECOM_ENCODING_AES_KEY,
    chatId: env.WECOM_CHAT_ID,
    chatName: env.WECOM_CHAT_NAME,
    apiBase: env.WECOM_API_BASE,
    userPerMinute: env.WECOM_USER_PER_MINUTE,
    chatPerMinute: env.WECOM_CHAT_PER_MINUTE,
    maxSkewSeconds: env.WECOM_MAX_SKEW_SECONDS,
    bodyLimitBytes: env.WECOM_BODY_LIMIT,
  };
}
