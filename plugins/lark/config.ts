import { z } from 'zod';

const domain = z.string().min(1).refine(
  (d) => d === 'feishu' || d === 'lark' || /^https?:\/\/[^\s/]+(\/.*)?$/.test(d),
  'feishu、lark 或以 http(s):// 开头的地址',
);

export const larkConfigSchema = z.object({
  appId: z.string().min(1).meta({ title: '应用 ID', description: '飞书开放平台上应用的 App ID（cli_ 开头）' }),
  appSecret: z.string().min(1).meta({ title: '应用密钥', description: '应用的 App Secret（保存后不再显示）' }),
  encryptKey: z.string().min(1).optional().meta({ title: '事件加密密钥', description: '事件订阅的 Encrypt Key（强烈建议设置：用于验签和解密）' }),
  verificationToken: z.string().min(1).optional().meta({ title: '事件校验令牌', description: '事件订阅的 Verification Token' }),
  chatId: z.string().min(1).meta({ title: '报送群 ID', description: '统一报送群的 chat_id（oc_ 开头）' }),
  mode: z.enum(['webhook', 'socket']).default('webhook').meta({ title: '接收方式', description: 'webhook：飞书回调本服务的网址；socket：本服务主动连飞书（长连接，无需公网地址）' }),
  domain: domain.default('feishu').meta({ title: '开放平台地址', description: 'feishu（国内飞书）、lark（海外版），或开放平台的基础地址' }),
  maxSkewSeconds: z.coerce.number().int().min(5).max(3600).default(300).meta({ title: '时间偏差上限（秒）', description: '回调时间戳与本机时间允许相差的秒数，超过则拒收' }),
  bodyLimitBytes: z.coerce.number().int().min(1024).max(10 * 1024 * 1024).default(1024 * 1024).meta({ title: '回调大小上限（字节）', description: '一次回调请求最多接收的字节数' }),
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
