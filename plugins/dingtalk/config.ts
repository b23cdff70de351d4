import { z } from 'zod';

const httpBase = z.string().min(1).refine((u) => /^https?:\/\/[^\s/]+(\/.*)?$/.test(u), '以 http(s):// 开头的地址')
  .transform((u) => u.replace(/\/+$/, ''));

export const dingtalkConfigSchema = z.object({
  clientId: z.string().min(1).meta({ title: '应用 Client ID', description: '钉钉开发者后台“凭证与基础信息”里的 Client ID（原 AppKey）' }),
  clientSecret: z.string().min(1).meta({ title: '应用 Client Secret', description: '同一页的 Client Secret（原 AppSecret，保存后不再显示）' }),
  robotCode: z.string().min(1).optional().meta({ title: '机器人编码', description: '机器人的 RobotCode；企业内部应用机器人通常与 Client ID 相同，不填即用 Client ID' }),
  conversationId: z.string().min(1).meta({ title: '报送群 ID', description: '统一报送群的 openConversationId（cid 开头）；机器人须已加入该群' }),
  apiBase: httpBase.default('https://api.dingtalk.com').meta({ title: '开放平台地址', description: '钉钉开放平台 API 地址；专有钉钉、政务钉钉等私有部署时改为本地地址' }),
  groupPerMinute: z.coerce.number().int().min(1).max(600).default(20).meta({ title: '群消息上限（条/分钟）', description: '机器人每分钟最多向报送群发送的消息数，超出的排队等候' }),
  userPerMinute: z.coerce.number().int().min(1).max(600).default(20).meta({ title: '单聊上限（条/分钟）', description: '机器人每分钟最多向同一人发送的单聊消息数，超出的排队等候' }),
  askCardTemplateId: z.string().min(1).optional().meta({ title: '询问卡片模板 ID', description: '可选：卡片平台里“填报”模板的 ID；不填则以文字询问' }),
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
