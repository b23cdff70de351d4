import type * as lark from '@larksuiteoapi/node-sdk';

/** The bot's own open_id (to tell mentions of the bot apart), from GET /open-apis/bot/v3/info. */
export async function fetchBotOpenId(client: lark.Client): Promise<string | null> {
  const res = await client.request<{ code?: number; bot?: { open_id?: string } }>({ method: 'GET', url: '/open-apis/bot/v3/info' });
  return res?.code === 0 && res.bot?.open_id ? res.bot.open_id : null;
}
