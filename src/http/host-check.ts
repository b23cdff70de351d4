// DNS rebinding defence: a page on an attacker's domain that resolves to this server must not be served as our own.
import { isIP } from 'node:net';
import type { MiddlewareHandler } from 'hono';

/**
 * Accepts a request whose Host is an IP literal (a rebinding attack needs a name), `localhost`, or one of the
 * configured names (the listen host, PUBLIC_URL's host, ONETABLE_HOSTS); anything else gets 421.
 */
export function checkHost(names: () => Iterable<string>): MiddlewareHandler {
  return async (c, next) => {
    const host = hostName(c.req.header('host') ?? new URL(c.req.url).host);
    if (host !== null && (isIP(host) !== 0 || host === 'localhost' || new Set([...names()].map((n) => n.toLowerCase())).has(host))) return next();
    return c.json({ error: `不接受这个主机名（Host: ${(c.req.header('host') ?? '').slice(0, 100)}）：请用 PUBLIC_URL 或 ONETABLE_HOSTS 配置的地址访问`, path: '' }, 421);
  };
}

/** The lower-case host name of a Host header, without port or IPv6 brackets; null when it is not a host. */
export function hostName(header: string): string | null {
  try {
    const name = new URL(`http://${header}`).hostname.toLowerCase();
    return name.startsWith('[') ? name.slice(1, -1) : name;
  } catch {
    return null;
  }
}
