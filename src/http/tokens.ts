// The admin token, from a Bearer header or the console's cookie, compared in constant time.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';

export const ADMIN_COOKIE = 'onetable_admin';

export function sameToken(given: string, expected: string): boolean {
  // Hashing first gives equal lengths, so the comparison time says nothing about the token.
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** The token a request presents, if any. */
export function presentedToken(c: Context): string | null {
  const header = c.req.header('authorization');
  if (header) return /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim() ?? '';
  return getCookie(c, ADMIN_COOKIE) ?? null;
}

export function isAdmin(c: Context, adminToken: string): boolean {
  const token = presentedToken(c);
  return token !== null && sameToken(token, adminToken);
}

/** 401 without a token, 403 with a wrong one. */
export function requireAdmin(adminToken: string): MiddlewareHandler {
  return async (c, next) => {
    const token = presentedToken(c);
    if (token === null) return c.json({ error: '需要管理员令牌', path: '' }, 401);
    if (!sameToken(token, adminToken)) return c.json({ error: '管理员令牌不正确', path: '' }, 403);
    await next();
  };
}
