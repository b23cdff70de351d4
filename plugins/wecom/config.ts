import { z } from 'zod';

const httpBase = z.string().min(1).refine((u) => /^https?:\/\/[^\s/]+(\/.*)?$/.test(u), '以 http(s):// 开头的地址')
  .transform((u) => u.replace(/\/+$/, ''));

export const wecomConfigSchema = z.object({
  corpId: z.string().min(1).meta({ title: '企业 ID', description: '管理后台“我的企业 → 企业信息”里的企业ID（ww 开头）' }),
  agentId: z.coerce.number().int().positive().meta({ title: '应用 AgentId', description: '自建应用详情页上的 AgentId' }),
  secret: z.string().min(1).meta({ title: '应用 Secret', description: '自建应用的 Secret（保存后不再显示）' }),
  token: z.string().min(1).meta({ title: '回调 Token', description: '应用“接收消息 → 设置API接收”里的 Token' }),
  encodingAESKey: z.string().regex(/^[A-Za-z0-9]{43}$/, '43 位字母和数字').meta({ title: '回调加密密钥', description: '同一处的 EncodingAESKey（43 位字母和数字）' }),
  chatId: z.string().regex(/^[A-Za-z0-9]{1,32}$/, '1–32 位字母和数字').optional()
    .meta({ title: '报送群 ID', description: '应用群聊的 chatid（字母和数字，最长 32 位）；群不存在时，一表通用名册里已绑定企业微信的成员创建它' }),
  chatName: z.string().min(1).max(50).default('一表通工作群').meta({ title: '群名', description: '一表通创建应用群聊时用的群名' }),
  apiBase: httpBase.default('https://qyapi.weixin.qq.com').meta({ title: 'API 地址', description: '企业微信服务端 API 地址；政务微信等私有部署时改为本地地址' }),
  userPerMinute: z.coerce.number().int().min(1).max(30).default(25).meta({ title: '单聊上限（条/分钟）', description: '应用每分钟最多向同一成员发送的消息数；企业微信上限 30，超出的会被静默丢弃' }),
  chatPerMinute: z.coerce.number().int().min(1).max(200).default(60).meta({ title: '群消息上限（条/分钟）', description: '应用每分钟最多向报送群发送的消息数，超出的排队等候' }),
  maxSkewSeconds: z.coerce.number().int().min(5).max(3600).default(300).meta({ title: '时间偏差上限（秒）', description: '回调时间戳与本机时间允许相差的秒数，超过则拒收' }),
  bodyLimitBytes: z.coerce.number().int().min(1024).max(10 * 1024 * 1024).default(256 * 1024).meta({ title: '回调大小上限（字节）', description: '一次回调请求最多接收的字节数' }),
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
