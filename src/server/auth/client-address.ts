import type { Context } from 'hono';

/** The peer address of the socket (never a forwarded header, which the client writes itself); 'local' in-process. */
export function clientAddress(c: Context): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'local';
}
