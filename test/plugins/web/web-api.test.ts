// The web channel's HTTP API answers what it cannot do, in Chinese, and stores nothing it refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestOnetable, type Booted } from '../../support/boot.js';

let s: Booted;

beforeAll(async () => {
  s = await startTestOnetable();
});
afterAll(async () => {
  await s?.stop();
});

const post = (body: unknown) => fetch(`${s.url}/api/web/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('web channel API', () => {
  it('answers 404 for the DM of someone not on the roster, and 200 for a member', async () => {
    for (const path of ['/api/web/messages?chat=dm:nobody', '/api/web/events?chat=dm:nobody']) {
      const res = await fetch(`${s.url}${path}`);
      expect(res.status, path).toBe(404);
      expect(await res.json()).toMatchObject({ error: '名册里没有这位成员', path: 'chat' });
    }
    expect((await fetch(`${s.url}/api/web/messages?chat=dm:lead_mz`)).status).toBe(200);
  });

  it('refuses an empty or blank message with a Chinese error and stores no line', async () => {
    for (const text of ['', '   ', '\n\t　']) {
      const res = await post({ from: 'lead_mz', in: 'channel', text });
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ error: '消息是空的：请输入内容再发送', path: 'text' });
    }
    expect(s.onetable.store.messages.after({ kind: 'channel' }, 0)).toEqual([]);
    expect(s.onetable.store.inbox.count()).toBe(0);
  });

  it('names an unknown sender in Chinese', async () => {
    const res = await post({ from: 'ghost', in: 'channel', text: '你好' });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: '名册里没有编号为“ghost”的成员', path: 'from' });
  });
});
