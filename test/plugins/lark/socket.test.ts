// Socket mode: the SDK's WSClient is used instead of the webhook and its state shows in /healthz.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeLark } from './fake-lark.js';
import { startHarness } from './harness.js';

let fake: FakeLark;

beforeAll(async () => {
  fake = await new FakeLark().start();
});
afterAll(async () => {
  await fake.stop();
});

describe('Lark socket mode', () => {
  it('asks Lark for a socket endpoint, mounts no webhook, and reports the connection state', async () => {
    const h = await startHarness(fake, { LARK_MODE: 'socket', LARK_ENCRYPT_KEY: '', LARK_VERIFICATION_TOKEN: '' });
    try {
      const until = Date.now() + 5000;
      while (!fake.requests.some((r) => r.path === '/callback/ws/endpoint') && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
      expect(fake.requests.some((r) => r.path === '/callback/ws/endpoint')).toBe(true);
      expect((await fetch(h.events, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status).toBe(404);
      const health = await (await fetch(`${h.app.url}/healthz`)).json() as { plugins: Array<{ name: string; health?: Record<string, unknown> }> };
      const lark = health.plugins.find((p) => p.name === 'lark')!.health!;
      expect(lark.mode).toBe('socket');
      expect(['connecting', 'reconnecting', 'failed', 'idle']).toContain(lark.socket);
    } finally {
      await h.close();
    }
  });
});
