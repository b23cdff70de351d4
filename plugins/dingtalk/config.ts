import { z } from 'zod';

const httpBase = z.string().min(1).refine((u) => /^https?:\/\/[^\s/]+(\/.*)?$/.test(u), '以 http(s):// 开头的地址')
  .transform((u) => u.replace(/\/+$/, ''));

export const dingtalkConfigSchema = z.object({
  clientId: z.string().min(1).describe('应用的 Client ID（原 AppKey）'),
  clientSecret: z.string().min(1).describe('应用的 Client Secret（原 AppSecret）'),
  robotCode: z.string().min(1).optional().describe('机器人的 RobotCode（企业内部应用机器人通常与 Client ID 相同；不填即用 Client ID）'),
  conversationId: z.string().min(1).describe('统一报送群的 openConversationId（cid…）：机器人须已加入该群'),
  apiBase: httpBase.default('https://api.dingtalk.com').describe('开放平台 API 地址（专有钉钉 / 政务钉钉私有部署时改为本地地址）'),
  groupPerMinute: z.coerce.number().int().min(1).max(600).default(20).describe('机器人向群里每分钟最多发送的消息数'),
  userPerMinute: z.coerce.number().int().min(1).max(600).default(20).describe('机器人向同一人每分钟最多发送的单聊消息数'),
  askCardTemplateId: z.string().min(1).optional().describe('可选：卡片平台里“填报表单”模板的 ID；不填则询问以文字卡片发送'),
});

export type DingtalkConfig = z.infer<typeof dingtalkConfigSchema>;

export function dingtalkConfigFromEnv(env: NodeJS.ProcessEnv): Record<string, unknown> {
  return {
    clientId: env.DINGTALK_CLIENT_ID,
    clientSecret: env.DINGTALK_CLIENT_SECRET,
    robotCode: env.DINGTALK_ROBOT_CODE,
    conversationId: env.DINGTALK_CONVERSATION_ID,
    apiBase: env.DINGTALK_API_BASE,
    groupPerMinute: env.DINGTALK_GROUP_PER_MINUTE,
    userPerMinute: env.DINGTALK_USER_PER_MINUTE,
    askCardTemplateId: env.DINGTALK_ASK_CARD_TEMPLATE_ID,
  };
}
