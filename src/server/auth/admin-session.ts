// The console's sign-in: the admin token buys a random session id (kept hashed, with an expiry) in an HttpOnly,
// SameSite=Strict cookie; the cookie never holds the token. API clients may still send the token as a Bearer header.
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { hashSecret } from '../../store/sessions.js';
import { presentedBearer, sameToken } from '../../http/tokens.js';
import type { Core } from '../admin/core.js';
import { clientAddress } from './client-address.js';
import { LoginThrottle } from './throttle.js';

export const ADMIN_COOKIE = 'onetable_admin';
export const ADMIN_SESSION_MS = 12 * 3600_000;

/** Sessions are bound to the token they were opened with: a new token (rotation) ends every earlier session. */
export function tokenFingerprint(token: string): string {
  return hashSecret(`onetable-admin:${token}`).slice(0, 32);
}

/** Whether the request comes with the admin token (Bearer) or a live console session. */
export function isAdminRequest(c: Context, core: Core): boolean {
  const bearer = presentedBearer(c);
  if (bearer !== null) return sameToken(bearer, core.adminToken);
  const id = getCookie(c, ADMIN_COOKIE);
  if (!id) return false;
  const session = core.store.sessions.find('admin', id, core.bot.deps.clock.now());
  return session?.subject === tokenFingerprint(core.adminToken);
}

/** 401 without credentials, 403 with wrong ones. */
export function requireAdminAccess(core: Core): MiddlewareHandler {
  return async (c, next) => {
    if (isAdminRequest(c, core)) return next();
    const presented = presentedBearer(c) !== null || getCookie(c, ADMIN_COOKIE) !== undefined;
    if (!presented) return c.json({ error: '需要管理员令牌', path: '' }, 401);
    return c.json({ error: '管理员令牌不正确或登录已过期', path: '' }, 403);
  };
}

export type SignInResult = { ok: true } | { ok: false; status: 403 | 429; error: string; retryAfter?: number };

/** Checks a submitted token under the per-address throttle; on success opens a session and sets its cookie. */
export function signInAdmin(c: Context, core: Core, token: string): SignInResult {
  const now = core.bot.deps.clock.now();
  const address = clientAddress(c);
  const throttle = new LoginThrottle(core.store.loginThrottle, 'admin');
  const wait = throttle.wait(address, now);
  if (wait > 0) {
    c.header('Retry-After', String(wait));
    return { ok: false, status: 429, error: `登录失败次数过多，请 ${wait} 秒后再试`, retryAfter: wait };
  }
  if (!sameToken(token, core.adminToken)) {
    const started = throttle.fail(address, now);
    core.store.securityLog.record(now, started ? 'admin.login.throttled' : 'admin.login.failed', { address, detail: started ? { waitSeconds: started } : undefined });
    return { ok: false, status: 403, error: '管理员令牌不正确' };
  }
  throttle.succeed(address);
  core.store.sessions.pruneExpired(now);
  const id = core.store.sessions.create('admin', tokenFingerprint(core.adminToken), now, ADMIN_SESSION_MS);
  setCookie(c, ADMIN_COOKIE, id, { httpOnly: true, sameSite: 'Strict', path: '/', maxAge: ADMIN_SESSION_MS / 1000, secure: isHttps(c, core) });
  core.store.securityLog.record(now, 'admin.login', { address });
  return { ok: true };
}

/** Ends the request's console session, server side as well as in the browser. */
export function signOutAdmin(c: Context, core: Core): void {
  const id = getCookie(c, ADMIN_COOKIE);
  if (id && core.store.sessions.revoke(id)) core.store.securityLog.record(core.bot.deps.clock.now(), 'admin.logout', { address: clientAddress(c) });
  deleteCookie(c, ADMIN_COOKIE, { path: '/', secure: isHttps(c, core) });
}

/** Behind HTTPS (the request itself, or a PUBLIC_URL on https in front of a proxy) cookies are Secure. */
export function isHttps(c: Context, core: Core): boolean {
  return new URL(c.req.url).protocol === 'https:' || (core.settings().publicUrl ?? '').startsWith('https:');
}
