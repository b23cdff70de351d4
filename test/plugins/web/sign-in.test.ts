// Promise: on the web channel the session decides who is speaking. A member signs in with a one-time code the admin
// issues; `from` must match the session; a member reads the channel and their own DMs only. Only the demo
// (ONETABLE_DEMO=on on a loopback host) keeps the one-click identity switch.
import { afterEach, describe, expect, it } from 'vitest';
import { adminHeaders, bootOnetable, type Booted } from '../../support/boot.js';

const JSON_TYPE = { 'content-type': 'application/json' };
let s: Booted | undefined;
afterEach(async () => {
  await s?.stop();
  s = undefined;
});

/** A deployment for staff: demo off (the roster is the demo's, loaded as a roster file would be). */
const staffDeployment = () => bootOnetable({ env: { ONETABLE_DEMO: 'off', ONETABLE_ROSTER: 'data/demo/roster.json' } });

async function codeFor(b: Booted, member: string): Promise<{ code: string; link: string }> {
  const res = await b.request(`/api/admin/members/${member}/sign-in-code`, { method: 'POST', headers: adminHeaders() });
  expect(res.status).toBe(200);
  return await res.json() as { code: string; link: string };
}

async function signIn(b: Booted, member: string): Promise<string> {
  const { code } = await codeFor(b, member);
  const res = await b.request('/api/web/sign-in', { method: 'POST', headers: JSON_TYPE, body: JSON.stringify({ code }) });
  expect(res.status).toBe(200);
  return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
}

const post = (b: Booted, body: unknown, cookie?: string) => b.request('/api/web/messages', {
  method: 'POST', headers: { ...JSON_TYPE, ...(cookie ? { cookie } : {}) }, body: JSON.stringify(body),
});

describe('web sign-in', () => {
  it('refuses the outsider-binding attack: nobody can post as the admin without being the admin', async () => {
    s = await staffDeployment();
    const store = s.onetable.store;
    store.bindings.put({ platform: 'lark', externalId: 'ou_outsider', memberId: 'lead_mz', code: '482913', at: s.onetable.bot.deps.clock.now() });
    const attack = { from: 'admin', in: 'dm', text: '确认绑定 482913' };
    expect((await post(s, attack)).status).toBe(401);
    const staff = await signIn(s, 'sq_shebao');
    const asStaff = await post(s, attack, staff);
    expect(asStaff.status).toBe(403);
    await s.onetable.bot.idle();
    expect(store.roster.memberByIdentity('lark', 'ou_outsider')).toBeNull();
    // The real admin, signed in, confirms it.
    const admin = await signIn(s, 'admin');
    expect((await post(s, attack, admin)).status).toBe(200);
    await s.onetable.bot.idle();
    expect(store.roster.memberByIdentity('lark', 'ou_outsider')).toBe('lead_mz');
  });

  it('lets a member read the channel and their own DMs only', async () => {
    s = await staffDeployment();
    const me = await signIn(s, 'sq_shebao');
    const get = (q: string, cookie?: string) => s!.request(`/api/web/messages?chat=${q}`, { headers: cookie ? { cookie } : {} });
    expect((await get('dm:lead_mz')).status).toBe(401);
    expect((await get('dm:lead_mz', me)).status).toBe(403);
    expect((await s.request('/api/web/events?chat=dm:lead_mz', { headers: { cookie: me } })).status).toBe(403);
    expect((await get('dm:sq_shebao', me)).status).toBe(200);
    expect((await get('channel', me)).status).toBe(200);
    expect((await get('channel')).status).toBe(401);
    expect((await s.request('/api/web/roster')).status).toBe(401);
  });

  it('a code works once; signing out ends the session; the admin link names the code', async () => {
    s = await staffDeployment();
    const { code, link } = await codeFor(s, 'sq_shebao');
    expect(link).toMatch(new RegExp(`/\\?code=${code}$`));
    const redeem = () => s!.request('/api/web/sign-in', { method: 'POST', headers: JSON_TYPE, body: JSON.stringify({ code }) });
    const first = await redeem();
    expect(first.status).toBe(200);
    expect(first.headers.get('set-cookie')).toMatch(/HttpOnly/i);
    expect(first.headers.get('set-cookie')).toMatch(/SameSite=Strict/i);
    expect((await redeem()).status).toBe(403);
    const cookie = (first.headers.get('set-cookie') ?? '').split(';')[0]!;
    expect(await (await s.request('/api/web/me', { headers: { cookie } })).json()).toMatchObject({ demo: false, member: 'sq_shebao' });
    expect((await post(s, { from: 'sq_shebao', in: 'dm', text: '收到' }, cookie)).status).toBe(200);
    await s.request('/api/web/sign-out', { method: 'POST', headers: { cookie } });
    expect((await post(s, { from: 'sq_shebao', in: 'dm', text: '收到' }, cookie)).status).toBe(401);
  });

  it('keeps the identity switch in the demo on a loopback host, and says so', async () => {
    s = await bootOnetable();
    expect(await (await s.request('/api/web/me')).json()).toMatchObject({ demo: true, member: null });
    expect((await post(s, { from: 'lead_mz', in: 'dm', text: '你好' })).status).toBe(200);
    expect(await (await s.request('/')).text()).toContain('演示模式');
  });

  it('a shared web token is no longer accepted in the query string of a post', async () => {
    s = await bootOnetable({ env: { ONETABLE_WEB_TOKEN: 'web-token-0123456789abcdef' } });
    const res = await s.request('/api/web/messages?token=web-token-0123456789abcdef', {
      method: 'POST', headers: JSON_TYPE, body: JSON.stringify({ from: 'lead_mz', in: 'dm', text: '你好' }),
    });
    expect(res.status).toBe(401);
  });
});
