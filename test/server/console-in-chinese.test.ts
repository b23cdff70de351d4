// The console speaks Chinese to the admin: plugin settings by label with help, API errors, audit lines with names.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REQUEST_TEXT, adminHeaders, say, startTestOnetable, type Booted } from '../support/boot.js';

let s: Booted;

beforeAll(async () => {
  s = await startTestOnetable();
  await say(s, 'lead_mz', 'channel', REQUEST_TEXT);
  await say(s, 'sq_shebao', 'dm', '低保户数 120，特困供养人数 8');
  await say(s, 'sq_shebao', 'dm', '更正：低保户数应为 121');
});
afterAll(async () => {
  await s?.stop();
});

const CJK = /[\u4e00-\u9fff]/;
/** Words zod or a programmer would write: none may reach the admin. */
const ENGLISH = /\b(Invalid|Too (small|big)|expected|received|Required|must be|unknown|undefined|null)\b/i;
const get = (path: string) => fetch(`${s.url}${path}`, { headers: adminHeaders() });
const send = (method: string, path: string, body: unknown) => fetch(`${s.url}${path}`, { method, headers: adminHeaders(), body: JSON.stringify(body) });

describe('plugin settings', () => {
  it('give every field of every plugin a Chinese label and Chinese help (a schema field needs .meta({ title, description }))', async () => {
    const { plugins } = await (await get('/api/admin/plugins')).json() as { plugins: Array<{ name: string; fields: Array<{ key: string; label: string; description: string }> }> };
    expect(plugins.length).toBeGreaterThanOrEqual(4);
    const lacking = plugins.flatMap((p) => p.fields
      .filter((f) => f.label === f.key || !CJK.test(f.label) || !CJK.test(f.description) || ENGLISH.test(f.description))
      .map((f) => `${p.name}.${f.key}`));
    expect(lacking).toEqual([]);
  });

  it('answer a bad value in Chinese, by field', async () => {
    const bad = await send('PUT', '/api/admin/plugins/web', { enabled: true, config: { rateLimitPerMinute: 0, pollMs: 'fast' } });
    expect(bad.status).toBe(400);
    const body = await bad.json() as { error: string; issues: Array<{ path: string; message: string }> };
    expect(body.issues).toEqual(expect.arrayContaining([
      { path: 'rateLimitPerMinute', message: '不能小于 1' },
      { path: 'pollMs', message: '应为数字' },
    ]));
    for (const i of body.issues) expect(i.message).not.toMatch(ENGLISH);
  });
});

describe('API errors', () => {
  it('are in Chinese for the field dictionary and settings', async () => {
    const answers = await Promise.all([
      send('PUT', '/api/admin/fields/new_thing', { label: '新项', type: 'weird' }),
      send('PUT', '/api/admin/fields/new_thing', { type: 'integer' }),
      send('PUT', '/api/admin/settings', { workdays: ['一'] }),
      send('PUT', '/api/admin/settings', { surprise: true }),
    ]);
    for (const res of answers) {
      expect(res.status).toBe(400);
      const { error } = await res.json() as { error: string };
      expect(error).toMatch(CJK);
      expect(error).not.toMatch(ENGLISH);
    }
  });
});

describe('audit log', () => {
  it('reads as sentences: names for people, words for actions, readable subjects, no JSON and no ids', async () => {
    await send('PUT', '/api/admin/plugins/digest', { enabled: true, config: { catchUp: false } });
    const { entries, actions } = await (await get('/api/admin/audit')).json() as {
      entries: Array<{ actor: string; action: string; code: string; subject: string; detail: string }>;
      actions: Array<{ code: string; label: string }>;
    };
    const byCode = (code: string) => entries.find((e) => e.code === code)!;
    expect(byCode('request.create')).toMatchObject({ actor: '钱卫东', action: '登记需求' });
    expect(byCode('request.create').subject).toMatch(/^需求 r1：/);
    expect(byCode('request.create').detail).toContain('民政局');
    expect(byCode('value.report')).toMatchObject({ actor: '唐雪', action: '报送数据' });
    expect(entries.map((e) => e.subject)).toContain('石桥镇 · 低保户数 · 2026年11月');
    expect(byCode('value.correct')).toMatchObject({ action: '更正数据', detail: expect.stringContaining('由 120 改为 121') });
    expect(byCode('plugin.configure')).toMatchObject({ actor: '管理员（后台）', subject: '每日汇总与提醒', detail: '启用；填写了 补发错过的汇总' });
    for (const e of entries) {
      for (const text of [e.actor, e.action, e.subject, e.detail]) {
        expect(text).not.toMatch(/[{}"]|lead_mz|sq_shebao|shiqiao|dibao_households|admin-console/);
      }
      expect(e.action).toMatch(CJK);
    }
    expect(actions.find((a) => a.code === 'value.report')?.label).toBe('报送数据');
  });

  it('filters by a person named as people know them', async () => {
    const { entries } = await (await get(`/api/admin/audit?actor=${encodeURIComponent('唐雪')}`)).json() as { entries: Array<{ actor: string }> };
    expect(entries.length).toBeGreaterThanOrEqual(2);
    expect(new Set(entries.map((e) => e.actor))).toEqual(new Set(['唐雪']));
  });
});
