// The admin token as a Bearer header, compared in constant time; an empty or short token never matches.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';

/** The shortest admin (or web) token onetable accepts, from a file or the environment. */
export const MIN_TOKEN_LENGTH = 16;

export function sameToken(given: string, expected: string): boolean {
  if (given.length === 0 || expected.length < MIN_TOKEN_LENGTH) return false;
  // Hashing first gives equal lengths, so the comparison time says nothing about the token.
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** The Bearer token a request presents: null without an Authorization header, '' when it is blank or not Bearer. */
export function presentedBearer(c: Context): string | null {
  const header = c.req.header('authorization');
  if (header === undefined) return null;
  return /^Bearer[ \t]+(\S.*)$/i.exec(header.trim())?.[1]?.trim() ?? '';
}

/** Whether the request carries the admin token as a Bearer header (the console's own sign-in is a session, see src/server/auth). */
export function isAdmin(c: Context, adminToken: string): boolean {
  const token = presentedBearer(c);
  return token !== null && sameToken(token, adminToken);
}
