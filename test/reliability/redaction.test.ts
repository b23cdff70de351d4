// Promise: a secret never reaches the log, even inside a serialised error from a failing SDK call whose request config
// carries it; redaction finds registered secrets wherever they are, it does not rely on cutting lines short.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeLark } from '../plugins/lark/fake-lark.js';
import { settle, startHarness, type Harness } from '../plugins/lark/harness.js';
import { REQUEST_TEXT } from '../support/boot.js';
import { Redactor } from '../../src/log/redactor.js';

const APP_SECRET = 'lark-app-secret-for-redaction-9Xq2';

/** A Lark whose token endpoint fails, echoing the request it got (as a proxy or a gateway's error page may). */
class FailingLark extends FakeLark {
  constructor() {
    super();
    const route = (this as unknown as { route: (rec: { path: string; raw: Buffer }) => unknown }).route.bind(this);
    (this as unknown as { route: (rec: { path: string; raw: Buffer }) => unknown }).route = (rec) => (rec.path.includes('tenant_access_token')
      ? { status: 500, body: { code: 500, msg: 'internal error', echo: rec.raw.toString('utf8') } }
      : route(rec));
  }
}

describe('redaction', () => {
  let fake: FakeLark;
  let h: Harness;
  beforeAll(async () => {
    fake = await new FailingLark().start();
    h = await startHarness(fake, { LARK_APP_SECRET: APP_SECRET });
  });
  afterAll(async () => {
    await h?.close();
    await fake?.stop();
  });

  it('a failing Lark call is logged without the app secret its request carried', async () => {
    await h.app.bot.accept({ platform: 'web', id: 'm1', chat: { kind: 'channel', id: 'channel' }, sender: { platformUserId: 'lead_mz' }, text: REQUEST_TEXT, mentionsBot: false, at: h.clock.now() });
    await settle(h, () => fake.requests.some((r) => r.path.includes('tenant_access_token')) && h.warnings.length > 0).catch(() => undefined);
    expect(fake.requests.some((r) => r.raw.toString('utf8').includes(APP_SECRET))).toBe(true);
    expect(h.warnings.length).toBeGreaterThan(0);
    const logged = h.warnings.join('\n');
    expect(logged).not.toContain(APP_SECRET);
    // The SDK's error is logged whole, request config included, with the secret replaced where it stood.
    expect(logged).toContain('tenant_access_token');
    expect(logged).toContain('[redacted]');
  });

  it('replaces a registered secret anywhere in an error, however long the text around it', () => {
    const redactor = new Redactor();
    redactor.register(APP_SECRET, '', 'abc');
    const error = Object.assign(new Error(`request failed ${'x'.repeat(5000)} ${APP_SECRET}`), {
      config: { data: JSON.stringify({ app_id: 'cli_1', app_secret: APP_SECRET }), headers: { authorization: `Bearer ${APP_SECRET}` } },
      response: { data: Buffer.from(`echo ${APP_SECRET}`) },
    });
    const out = JSON.stringify(redactor.scrub({ err: error, nested: [[{ deep: APP_SECRET }]] }));
    expect(out).not.toContain(APP_SECRET);
    expect(out).toContain('[redacted]');
    expect(out).toContain('x'.repeat(5000));
    expect(redactor.text('abc is not a secret')).toBe('abc is not a secret');
  });
});
