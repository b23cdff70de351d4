// Sign-in for the web channel: the admin (or the bot, on a bound platform) gives a member a one-time code; redeeming it
// opens a session that decides who is speaking. Only the demo (ONETABLE_DEMO=on on a loopback host) lets anyone pick
// an identity, and the page says so.
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Clock } from '../../bot/clock.js';
import type { Store } from '../../store/store.js';
import { clientAddress } from './client-address.js';
import { LoginThrottle } from './throttle.js';

export const MEMBER_COOKIE = 'onetable_member';
export const MEMBER_SESSION_MS = 30 * 86_400_000;
/** A sign-in code works once, within a day. */
export const SIGN_IN_CODE_MS = 24 * 3600_000;

export type SignInOutcome = { ok: true; memberId: string } | { ok: false; status: 403 | 429; error: string; retryAfter?: number };

/** What the web channel asks about who is speaking (see PluginContext.memberSessions). */
export interface MemberSessions {
  /** True only in the demo: ONETABLE_DEMO=on and the server bound to a loopback address. */
  readonly demo: boolean;
  memberOf(c: Context): string | null;
  signIn(c: Context, code: string): SignInOutcome;
  signOut(c: Context): void;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

export function isLoopbackHost(host: string): boolean {
  return LOOPBACK.has(host.toLowerCase());
}

export function memberSessions(deps: { store: Store; clock: Clock; https: (c: Context) => boolean; demo: boolean }): MemberSessions {
  const { store, clock } = deps;
  const throttle = new LoginThrottle(store.loginThrottle, 'member');
  return {
    demo: deps.demo,
    memberOf(c) {
      const id = getCookie(c, MEMBER_COOKIE);
      if (!id) return null;
      const session = store.sessions.find('member', id, clock.now());
      // A member taken off the roster speaks no more.
      return session && store.roster.member(session.subject) ? session.subject : null;
    },
    signIn(c, code) {
      const now = clock.now();
      const address = clientAddress(c);
      const wait = throttle.wait(address, now);
      if (wait > 0) {
        c.header('Retry-After', String(wait));
        return { ok: false, status: 429, error: `登录失败次数过多，请 ${wait} 秒后再试`, retryAfter: wait };
      }
      const memberId = store.sessions.redeemCode(code, now);
      if (!memberId || !store.roster.member(memberId)) {
        const started = throttle.fail(address, now);
        store.securityLog.record(now, started ? 'member.sign-in.throttled' : 'member.sign-in.failed', { address });
        return { ok: false, status: 403, error: '登录码不正确、已用过或已过期：请向管理员重新索取' };
      }
      throttle.succeed(address);
      store.sessions.pruneExpired(now);
      const id = store.sessions.create('member', memberId, now, MEMBER_SESSION_MS);
      setCookie(c, MEMBER_COOKIE, id, { httpOnly: true, sameSite: 'Strict', path: '/', maxAge: MEMBER_SESSION_MS / 1000, secure: deps.https(c) });
      store.securityLog.record(now, 'member.sign-in', { address, subject: memberId });
      return { ok: true, memberId };
    },
    signOut(c) {
      const id = getCookie(c, MEMBER_COOKIE);
      if (id && store.sessions.revoke(id)) store.securityLog.record(clock.now(), 'member.sign-out', { address: clientAddress(c) });
      deleteCookie(c, MEMBER_COOKIE, { path: '/', secure: deps.https(c) });
    },
  };
}

/** Issues a member's one-time sign-in code (an earlier unused one stops working). */
export function issueSignInCode(store: Store, memberId: string, now: Date): { code: string; expiresAt: Date } {
  const code = store.sessions.issueCode(memberId, now, SIGN_IN_CODE_MS);
  store.securityLog.record(now, 'member.code.issued', { subject: memberId });
  return { code, expiresAt: new Date(now.getTime() + SIGN_IN_CODE_MS) };
}
