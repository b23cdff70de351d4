// GET /events?chat=…: the conversation as server-sent events, polled from the store (simple, survives restarts of the bot loop).
import type { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { decodeChatId, type PluginContext } from '../../src/plugins/define.js';
import { knownChat, readRefusal, toWire } from './routes.js';

const HEARTBEAT_MS = 15_000;

export function eventRoutes(app: Hono, ctx: PluginContext, config: { pollMs: number }): void {
  app.get('/events', (c) => {
    const chat = c.req.query('chat') ?? 'channel';
    const chatId = decodeChatId(chat);
    if (!chatId) return c.json({ error: 'chat 应为 channel 或 dm:成员编号', path: 'chat' }, 400);
    const refused = readRefusal(c, ctx, chatId);
    if (refused) return refused;
    if (!knownChat(ctx, chatId)) return c.json({ error: '名册里没有这位成员', path: 'chat' }, 404);
    const fromQuery = Number(c.req.query('after') ?? c.req.header('last-event-id') ?? 0);
    if (!Number.isInteger(fromQuery) || fromQuery < 0) return c.json({ error: 'after 应为消息编号', path: 'after' }, 400);

    return streamSSE(c, async (stream) => {
      let closed = false;
      stream.onAbort(() => {
        closed = true;
      });
      // Lines the bot holds until working hours have lower ids than later ones: keep the cursor before the first held line.
      let cursor = fromQuery;
      const sent = new Set<number>();
      let lastBeat = Date.now();
      await stream.writeSSE({ event: 'ready', data: JSON.stringify({ chat, after: cursor }) });
      while (!closed) {
        const now = ctx.clock.now().getTime();
        let nextCursor: number | null = null;
        for (const line of ctx.conversation.after(chatId, cursor, 500)) {
          if (line.at.getTime() > now) {
            nextCursor ??= line.id - 1;
            continue;
          }
          if (sent.has(line.id)) continue;
          sent.add(line.id);
          await stream.writeSSE({ event: 'message', id: String(line.id), data: JSON.stringify(toWire(line)) });
        }
        cursor = nextCursor ?? Math.max(cursor, ...sent);
        for (const id of sent) if (id <= cursor) sent.delete(id);
        if (Date.now() - lastBeat > HEARTBEAT_MS) {
          await stream.writeSSE({ event: 'ping', data: '' });
          lastBeat = Date.now();
        }
        await stream.sleep(config.pollMs);
      }
    });
  });
}
