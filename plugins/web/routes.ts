import { randomUUID } from 'node:crypto';
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import {
  decodeChatId, fieldLabel, issueList, RateLimiter, readJsonBody, requireJson, sameToken, tooMany, type ChatId, type ChatLine,
  type PluginContext,
} from '../../src/plugins/define.js';

/** Longest message, typed or assembled from a submitted form. */
const MAX_TEXT = 100_000;
/** Most fields one form may carry (an ask card has a handful). */
const MAX_FORM_FIELDS = 200;

const postSchema = z.object({
  from: z.string().min(1).max(200),
  in: z.enum(['channel', 'dm']),
  text: z.string().max(MAX_TEXT),
  /** The client's own id for this message: a resend with the same id is acknowledged again, never processed twice. */
  clientId: z.string().min(1).max(200).optional(),
  /** A submitted form card: collection id and field key → text. */
  form: z.object({
    collectionId: z.number().int(),
    values: z.record(z.string().max(100), z.string().max(1000))
      .refine((v) => Object.keys(v).length <= MAX_FORM_FIELDS, `表单最多 ${MAX_FORM_FIELDS} 项`),
    /** The card's 与上月相同 button. */
    same: z.boolean().optional(),
  }).optional(),
});

export function toWire(line: ChatLine): Record<string, unknown> {
  return {
    id: line.id, at: line.at.toISOString(), chat: line.chat, from: line.sender, text: line.text, replyTo: line.replyTo,
    ...(line.card ? { card: line.card } : {}),
  };
}

export function webRoutes(app: Hono, ctx: PluginContext, config: { token?: string | undefined; rateLimitPerMinute?: number }): void {
  const limiter = new RateLimiter(config.rateLimitPerMinute ?? 600);
  app.use('*', async (c, next) => {
    // EventSource cannot send headers: the page passes the token as ?token= on the event stream (reads only).
    const fromQuery = c.req.method === 'GET' && c.req.query('token') ? `Bearer ${c.req.query('token')}` : undefined;
    const given = c.req.header('authorization') ?? fromQuery;
    if (config.token && !sameToken(given ?? '', `Bearer ${config.token}`)) return c.json({ error: '需要网页频道的访问令牌（打开链接时带上 ?token=…）' }, 401);
    return next();
  });

  app.post('/messages', requireJson(), async (c) => {
    const body = await readJsonBody(c);
    if (!body.ok) return c.json({ error: body.error, path: '' }, 400);
    const parsed = postSchema.safeParse(body.value);
    if (!parsed.success) {
      const issue = issueList(parsed.error)[0]!;
      return c.json({ error: issue.message, path: issue.path }, 400);
    }
    const { from, text, form } = parsed.data;
    const speaker = ctx.memberSessions.memberOf(c);
    if (speaker === null && !ctx.memberSessions.demo) return signInFirst(c);
    if (speaker !== null && from !== speaker) return c.json({ error: `你已登录为 ${speaker}，不能以“${from}”的身份发言`, path: 'from' }, 403);
    if (!ctx.roster.member(from)) return c.json({ error: `名册里没有编号为“${from}”的成员`, path: 'from' }, 400);
    if (!form && text.trim() === '') return c.json({ error: '消息是空的：请输入内容再发送', path: 'text' }, 400);
    if (form) {
      const unknown = Object.keys(form.values).find((k) => !ctx.dictionary.get(k));
      if (unknown !== undefined) return c.json({ error: `没有“${unknown}”这个数据项`, path: `form.values.${unknown}` }, 400);
    }
    const message = form ? formText(ctx, form) : text;
    if (message.length > MAX_TEXT) return c.json({ error: `表单内容超过 ${MAX_TEXT} 个字符`, path: 'form' }, 400);
    const wait = limiter.take(from);
    if (wait) return tooMany(c, wait);
    const id = parsed.data.clientId ? `client:${from}:${parsed.data.clientId}` : randomUUID();
    const now = ctx.clock.now();
    const inbound = {
      platform: 'web', id, chat: { kind: parsed.data.in, id: parsed.data.in === 'channel' ? 'channel' : from },
      sender: { platformUserId: from }, text: message,
      mentionsBot: text.includes(`@${ctx.settings().botName}`), at: now,
      ...(form ? { form: { collectionId: form.collectionId, values: form.values, ...(form.same ? { same: true } : {}) } } : {}),
    };
    const accepted = await ctx.intake.acceptGrouped(inbound);
    return c.json(accepted.duplicate ? { id: accepted.lineId, duplicate: true } : { id: accepted.lineId });
  });

  app.get('/messages', (c) => {
    const chatId = decodeChatId(c.req.query('chat') ?? 'channel');
    if (!chatId) return c.json({ error: 'chat 应为 channel 或 dm:成员编号', path: 'chat' }, 400);
    const refused = readRefusal(c, ctx, chatId);
    if (refused) return refused;
    if (!knownChat(ctx, chatId)) return c.json({ error: '名册里没有这位成员', path: 'chat' }, 404);
    const after = Number(c.req.query('after') ?? 0);
    if (!Number.isInteger(after) || after < 0) return c.json({ error: 'after 应为消息编号', path: 'after' }, 400);
    const now = ctx.clock.now().getTime();
    const lines = ctx.conversation.after(chatId, after, 500).filter((l) => l.at.getTime() <= now);
    return c.json({ messages: lines.map(toWire) });
  });

  app.get('/me', (c) => c.json({ demo: ctx.memberSessions.demo, member: ctx.memberSessions.memberOf(c) }));

  app.post('/sign-in', requireJson(), async (c) => {
    const body = await readJsonBody(c);
    const code = body.ok && typeof (body.value as { code?: unknown } | null)?.code === 'string' ? (body.value as { code: string }).code : '';
    if (!code.trim()) return c.json({ error: '请输入登录码', path: 'code' }, 400);
    const outcome = ctx.memberSessions.signIn(c, code.slice(0, 100));
    if (!outcome.ok) return c.json({ error: outcome.error, path: 'code', ...(outcome.retryAfter ? { retryAfter: outcome.retryAfter } : {}) }, outcome.status);
    return c.json({ member: outcome.memberId });
  });

  app.post('/sign-out', (c) => {
    ctx.memberSessions.signOut(c);
    return c.json({ ok: true });
  });

  app.get('/roster', (c) => {
    if (!ctx.memberSessions.demo && ctx.memberSessions.memberOf(c) === null) return signInFirst(c);
    const roster = ctx.roster.snapshot();
    // Platform identities (open_ids, WeChat remarks) are for the adapters and the admin console only.
    const members = roster.members.map(({ identities: _identities, ...m }) => m);
    return c.json({ botName: ctx.settings().botName, departments: roster.departments, units: roster.units, members });
  });
}

function signInFirst(c: Context): Response {
  return c.json({ error: '请先登录：向管理员索取登录码或登录链接', path: '' }, 401);
}

/** A signed-in member reads the channel and their own DMs; without a session only the demo reads at all. */
export function readRefusal(c: Context, ctx: PluginContext, chat: ChatId): Response | null {
  const me = ctx.memberSessions.memberOf(c);
  if (me === null) return ctx.memberSessions.demo ? null : signInFirst(c);
  if (chat.kind === 'dm' && chat.memberId !== me) return c.json({ error: '只能查看自己的私信', path: 'chat' }, 403);
  return null;
}

/** The channel, or the DM of a member on the roster. */
export function knownChat(ctx: PluginContext, chat: ChatId): boolean {
  return chat.kind === 'channel' || (chat.kind === 'dm' && ctx.roster.member(chat.memberId) !== undefined);
}

/** A form submission reads like the reply a person would type: 低保户数：120. */
function formText(ctx: PluginContext, form: { values: Record<string, string>; same?: boolean | undefined }): string {
  if (form.same) return '与上月相同';
  return Object.entries(form.values)
    .filter(([, v]) => v.trim() !== '')
    .map(([k, v]) => `${fieldLabel(ctx.dictionary, k)}：${v.trim()}`)
    .join('\n');
}
