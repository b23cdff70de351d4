// Web-channel sign-in, from the console: a one-time code (and link) for a member, and ending a member's sessions.
import type { Hono } from 'hono';
import { issueSignInCode } from '../auth/member-session.js';
import type { Core } from './core.js';
import { ApiError } from './errors.js';

export function signInApi(app: Hono, core: Core): void {
  app.post('/api/admin/members/:id/sign-in-code', (c) => {
    const id = c.req.param('id');
    if (!core.store.roster.member(id)) throw new ApiError(404, `名册里没有编号为“${id}”的成员`, 'id');
    const { code, expiresAt } = issueSignInCode(core.store, id, core.bot.deps.clock.now());
    const base = (core.settings().publicUrl ?? '').replace(/\/+$/, '');
    return c.json({ member: id, code, link: `${base}/?code=${code}`, expiresAt: expiresAt.toISOString() });
  });

  app.post('/api/admin/members/:id/sign-out', (c) => {
    const id = c.req.param('id');
    if (!core.store.roster.member(id)) throw new ApiError(404, `名册里没有编号为“${id}”的成员`, 'id');
    const ended = core.store.sessions.revokeAll('member', { subject: id });
    core.store.securityLog.record(core.bot.deps.clock.now(), 'member.sign-out', { subject: id, detail: { sessions: ended, by: 'admin' } });
    return c.json({ ended });
  });
}
