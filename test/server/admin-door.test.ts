// Promise: the server answers only to its own host names (no DNS rebinding), every admin write declares JSON, plugin
// configs refuse keys they do not know, and a web form is bounded like a typed message.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, adminHeaders, bootOnetable, type Booted } from '../support/boot.js';

let s: Booted;
beforeAll(async () => {
  s = await bootOnetable({ env: { PUBLIC_URL: 'https://yibiaotong.example.gov.cn', ONETABLE_HOSTS: 'onetable.intranet,backup.intranet' } });
});
afterAll(async () => {
  await s?.stop();
});

const at = (origin: string, path: string, init?: RequestInit) => Promise.resolve(s.onetable.app.request(`${origin}${path}`, init));

describe('Host check', () => {
  it('refuses a name it was not given (a rebinding domain pointed at the loopback port)', async () => {
    for (const path of ['/', '/admin', '/api/web/messages?chat=channel', '/api/admin/settings', '/healthz']) {
      const res = await at('http://rebind.attacker.example:8787', path, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
      expect(res.status, path).toBe(421);
    }
    const post = await at('http://rebind.attacker.example', '/api/web/messages', {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ from: 'admin', in: 'channel', text: '确认绑定 123456' }),
    });
    expect(post.status).toBe(421);
  });

  it('answers IP addresses, localhost, PUBLIC_URL’s host and the names in ONETABLE_HOSTS', async () => {
    for (const origin of ['http://127.0.0.1:8787', 'http://[::1]:8787', 'http://localhost', 'http://192.0.2.7',
      'https://yibiaotong.example.gov.cn', 'http://onetable.intranet', 'http://BACKUP.intranet:8080']) {
      expect((await at(origin, '/healthz')).status, origin).toBe(200);
    }
  });
});

describe('admin writes', () => {
  it('refuse a body that does not say it is JSON', async () => {
    const body = JSON.stringify({ minutesPerAsk: 7 });
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', '']) {
      const res = await s.request('/api/admin/settings', { method: 'PUT', headers: { authorization: `Bearer ${ADMIN_TOKEN}`, ...(type ? { 'content-type': type } : {}) }, body });
      expect(res.status, type).toBe(415);
    }
    const retry = await s.request('/api/admin/outbox/1/retry', { method: 'POST', headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    expect(retry.status).toBe(415);
    const login = await s.request('/api/admin/login', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ token: ADMIN_TOKEN }) });
    expect(login.status).toBe(415);
    const roster = await s.request('/api/admin/roster/import', { method: 'POST', headers: adminHeaders(), body: '{}' });
    expect(roster.status).toBe(415);
    expect((await s.request('/api/admin/settings', { method: 'PUT', headers: adminHeaders(), body })).status).toBe(200);
  });

  it('refuse a plugin config key the plugin does not know, naming it', async () => {
    const res = await s.request('/api/admin/plugins/web', {
      method: 'PUT', headers: adminHeaders(), body: JSON.stringify({ enabled: true, config: { pollMs: 300, pollMS: 200 } }),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ path: 'config.pollMS' });
    const extra = await s.request('/api/admin/plugins/web', { method: 'PUT', headers: adminHeaders(), body: JSON.stringify({ enabled: true, config: {}, debug: true }) });
    expect(extra.status).toBe(400);
  });
});

describe('web forms', () => {
  const post = (form: unknown) => s.request('/api/web/messages', {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ from: 'sq_shebao', in: 'dm', text: '', form }),
  });

  it('refuse 1,000 keys and a million characters, past the text limit', async () => {
    const values = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`k${i}`, 'x'.repeat(1000)]));
    const res = await post({ collectionId: 1, values });
    expect(res.status).toBe(400);
    expect(s.onetable.store.inbox.count('pending') + s.onetable.store.inbox.count('done')).toBe(0);
  });

  it('refuse a field that is not in the dictionary', async () => {
    const res = await post({ collectionId: 1, values: { dibao_households: '120', no_such_field: '1' } });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ path: 'form.values.no_such_field' });
  });
});
