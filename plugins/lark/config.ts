import { z } from 'zod';

const domain = z.string().min(1).refine(
  (d) => d === 'feishu' || d === 'lark' || /^https?:\/\/[^\s/]+(\/.*)?$/.test(d),
  'feishu、lark 或以 http(s):// 开头的地址',
);

export const larkConfigSchema = z.object({
  appId: z.string().min(1).describe('应用的 App ID（cli_…）'),
  appSecret: z.string().min(1).describe('应用的 App Secret'),
  encryptKey: z.string().min(1).optional().describe('事件订阅的 Encrypt Key（强烈建议设置：用于验签和解密）'),
  verificationToken: z.string().min(1).optional().describe('事件订阅的 Verification Token'),
  chatId: z.string().min(1).describe('统一报送群的 chat_id（oc_…）'),
  mode: z.enum(['webhook', 'socket']).default('webhook').describe('webhook：HTTP 回调；socket：长连接'),
  domain: domain.default('feishu').describe('feishu、lark，或开放平台的基础地址'),
  maxSkewSeconds: z.coerce.number().int().min(5).max(3600).default(300).describe('回调时间戳允许的最大偏差（秒）'),
  bodyLimitBytes: z.coerce.number().int().min(1024).max(10 * 1024 * 1024).default(1024 * 1024).describe('回调请求体上限（字节）'),
}).superRefine((c, ctx) => {
  if (c.mode === 'webhook' && !c.encryptKey && !c.verificationToken) {
    ctx.addIssue({ code: 'custom', path: ['verificationToken'], message: 'webhook 模式至少要设置 Encrypt Key 或 Verification Token' });
  }
});

export type LarkConfig = z.infer<typeof larkConfigSchema>;

export function larkConfigFromEnv(env: NodeJS.ProcessEnv): Record<string, unknown> {
  return {
    appId: env.LARK_APP_ID,
    appSecret: env.LARK_APP_SECRET,
    encryptKey: env.LARK_ENCRYPT_KEY,
    verificationToken: env.LARK_VERIFICATION_TOKEN,
    chatId: env.LARK_CHAT_ID,
    mode: env.LARK_MODE,
    domain: env.LARK_DOMAIN,
    maxSkewSeconds: env.LARK_MAX_SKEW_SECONDS,
    bodyLimitBytes: env.LARK_BODY_LIMIT,
  };
}
