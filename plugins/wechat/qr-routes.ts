// GET /wechat/qr: the login status and the QR payload to scan, for the admin on this machine.
import { Hono, type Context } from 'hono';
import { isAdmin } from '../../src/plugins/define.js';
import type { LoginState } from './login-state.js';
import { qrRenderer } from './qr-terminal.js';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

export interface QrAccess {
  /** When set, every request needs the admin token: a Bearer header or the admin console's sign-in cookie. */
  token?: string | undefined;
}

/** Without a token only this machine may look: the QR code logs anyone who scans it in as the bot. */
export function allowed(c: Context, access: QrAccess): boolean {
  if (access.token) return isAdmin(c, access.token);
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  if (!incoming) return true; // an in-process request (app.request), not from the network
  return LOOPBACK.has(incoming.socket?.remoteAddress ?? '');
}

export function qrRoutes(state: LoginState, access: QrAccess): Hono {
  const app = new Hono();
  app.use('*', async (c, next) => (allowed(c, access) ? next() : c.json({ error: 'forbidden' }, 403)));
  const json = (c: Context): Response => c.json(state.snapshot());
  const svg = async (c: Context): Promise<Response> => {
    const { qrcode } = state.snapshot();
    const qr = await qrRenderer();
    if (!qrcode) return c.json({ error: 'no QR code to scan', status: state.status }, 404);
    if (!qr) return c.json({ error: 'the qrcode package is not installed; use the payload from /wechat/qr', qrcode }, 501);
    return c.body(await qr.toString(qrcode, { type: 'svg' }), 200, { 'content-type': 'image/svg+xml' });
  };
  // The host hands over the request with its full path; accept the bare path too in case it is ever stripped.
  for (const base of ['/wechat', '']) {
    app.get(`${base}/qr`, json);
    app.get(`${base}/qr.svg`, svg);
  }
  return app;
}
