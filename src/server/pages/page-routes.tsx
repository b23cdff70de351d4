// Pages: `/` (web channel), `/admin` (console, or its login form), `/assets/*`.
import type { Hono } from 'hono';
import { isAdminRequest, signInAdmin } from '../auth/admin-session.js';
import type { Core } from '../admin/core.js';
import { AdminPage, LoginPage } from './admin-page.js';
import { ASSETS } from './assets.js';
import { ChannelPage } from './channel-page.js';

const PAGE_HEADERS = {
  'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

export function pageRoutes(app: Hono, core: Core): void {
  app.get('/assets/:name', (c) => {
    const asset = ASSETS[c.req.param('name')];
    if (!asset) return c.json({ error: '没有这个文件', path: c.req.path }, 404);
    return c.body(asset.body, 200, { 'content-type': asset.type, 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' });
  });

  // Browsers ask for /favicon.ico on their own, whatever the page links.
  app.get('/favicon.ico', (c) => {
    const icon = ASSETS['favicon.svg']!;
    return c.body(icon.body, 200, { 'content-type': icon.type, 'cache-control': 'max-age=86400', 'x-content-type-options': 'nosniff' });
  });

  app.get('/', (c) => {
    const s = core.settings();
    return c.html(<ChannelPage botName={s.botName} timezone={s.timezone} />, 200, PAGE_HEADERS);
  });

  app.get('/admin', (c) => {
    const botName = core.settings().botName;
    if (!isAdminRequest(c, core)) return c.html(<LoginPage botName={botName} />, 200, PAGE_HEADERS);
    return c.html(<AdminPage botName={botName} />, 200, PAGE_HEADERS);
  });

  app.post('/admin/login', async (c) => {
    const body = await c.req.parseBody().catch(() => ({} as Record<string, unknown>));
    const token = typeof body['token'] === 'string' ? body['token'] : '';
    const result = signInAdmin(c, core, token);
    if (!result.ok) return c.html(<LoginPage botName={core.settings().botName} error={result.error} />, result.status, PAGE_HEADERS);
    return c.redirect('/admin', 303);
  });
}
