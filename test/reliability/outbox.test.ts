// Promise: outbox delivery retries with exponential backoff and jitter up to a limit, then marks the row failed and says so
// (/healthz 'degraded', the digest's failed count); one platform failing or hanging never holds up another.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backoffDelay } from '../../src/bot/dispatcher.js';
import { silentLogger } from '../../src/bot/context.js';
import { PermanentSendError, RetryAfterError } from '../../src/chat/contract.js';
import { MemoryAdapter } from '../../src/chat/memory-adapter.js';
import { systemClock } from '../../src/bot/clock.js';
import type { Onetable } from '../../src/runtime.js';
import { bootOnetable, type Booted } from '../support/boot.js';
import { gatherDigest } from '../../src/bot/digest-data.js';
import { waitFor } from './child.js';

const MAX_ATTEMPTS = 4;
let booted: Booted;
let ot: Onetable;

beforeAll(async () => {
  booted = await bootOnetable({
    clock: systemClock, logger: silentLogger,
    dispatcher: { maxAttempts: MAX_ATTEMPTS, baseDelayMs: 5, maxDelayMs: 40, pollMs: 10, sendTimeoutMs: 30 },
  });
  ot = booted.onetable;
});
afterAll(async () => {
  await booted?.stop();
});

describe('backoff', () => {
  it('grows exponentially, is capped, and is jittered within [half, full] of the step', () => {
    const base = 1000;
    const max = 60_000;
    expect([1, 2, 3, 4, 5].map((a) => backoffDelay(a, base, max, () => 1))).toEqual([1000, 2000, 4000, 8000, 16000]);
    expect(backoffDelay(20, base, max, () => 1)).toBe(max);
    for (let attempt = 1; attempt < 12; attempt++) {
      const step = Math.min(max, base * 2 ** (attempt - 1));
      const seen = new Set<number>();
      for (let i = 0; i < 50; i++) {
        const d = backoffDelay(attempt, base, max, Math.random);
        expect(d).toBeGreaterThanOrEqual(step / 2);
        expect(d).toBeLessThanOrEqual(step);
        seen.add(d);
      }
      expect(seen.size).toBeGreaterThan(1);
    }
  });
});

describe('platforms are delivered independently', () => {
  it('a platform that always throws, or hangs, never blocks the one that works; failures are surfaced', async () => {
    const good = new MemoryAdapter('good');
    const broken = new MemoryAdapter('broken', { beforeSend: async () => {
      throw new Error('platform is down');
    } });
    const hanging = new MemoryAdapter('hanging', { beforeSend: () => new Promise<void>(() => undefined) });
    for (const a of [good, broken, hanging]) ot.bot.outbound.attach(a);

    const N = 25;
    for (let i = 0; i < N; i++) ot.bot.outbound.say(i % 2 ? { kind: 'channel' } : { kind: 'dm', memberId: 'sq_shebao' }, { text: `message ${i}` });

    await waitFor(async () => (good.sent.length === N ? true : undefined), 10_000, 'the good platform to deliver everything');
    expect(good.sent.map((s) => s.message.text)).toEqual(Array.from({ length: N }, (_, i) => `message ${i}`));
    expect(new Set(good.sent.map((s) => s.message.idempotencyKey)).size).toBe(N);

    // the broken platform: every row tried MAX_ATTEMPTS times, then failed
    const rows = (): Array<{ status: string; attempts: number; last_error: string | null }> =>
      ot.store.db.prepare(`SELECT status, attempts, last_error FROM outbox WHERE platform = 'broken'`).all() as never;
    await waitFor(async () => (rows().every((r) => r.status === 'failed') ? true : undefined), 10_000, 'broken rows to fail');
    expect(rows()).toHaveLength(N);
    for (const r of rows()) expect(r).toEqual({ status: 'failed', attempts: MAX_ATTEMPTS, last_error: 'platform is down' });
    expect(broken.attempts).toBe(N * MAX_ATTEMPTS);

    const health = (await (await ot.app.request('/healthz')).json()) as { status: string; outbox: Array<{ platform: string; status: string; n: number }> };
    expect(health.status).toBe('degraded');
    expect(health.outbox).toContainEqual({ platform: 'broken', status: 'failed', n: N });
    expect(health.outbox.filter((r) => r.platform === 'hanging' && r.status === 'sent')).toEqual([]);
    expect(health.outbox).toContainEqual({ platform: 'good', status: 'sent', n: N });
    expect(gatherDigest(ot.bot.deps, new Date()).failedDeliveries).toBeGreaterThanOrEqual(N);
    expect(ot.store.outbox.failed(100).filter((r) => r.platform === 'broken')).toHaveLength(N);

    // the hanging platform: each send times out, counts as an attempt, and the rows end failed too
    const hung = (): Array<{ status: string; last_error: string | null }> =>
      ot.store.db.prepare(`SELECT status, last_error FROM outbox WHERE platform = 'hanging'`).all() as never;
    await waitFor(async () => (hung().every((r) => r.status === 'failed') ? true : undefined), 15_000, 'hanging rows to fail');
    expect(hung()).toHaveLength(N);
    expect(hung()[0]!.last_error).toMatch(/timed out/);

    for (const a of ['good', 'broken', 'hanging']) ot.bot.outbound.detach(a);
  });

  it('a permanent error fails at once; a retry-after postpones without spending an attempt', async () => {
    const gone = new MemoryAdapter('gone', { beforeSend: async () => {
      throw new PermanentSendError('bot removed from chat');
    } });
    let waits = 0;
    const throttled = new MemoryAdapter('throttled', { beforeSend: async (n) => {
      if (n <= 2) {
        waits++;
        throw new RetryAfterError('rate limited', 20);
      }
    } });
    ot.bot.outbound.attach(gone);
    ot.bot.outbound.attach(throttled);
    ot.bot.outbound.say({ kind: 'channel' }, { text: 'hello' });
    await waitFor(async () => (throttled.sent.length === 1 ? true : undefined), 5_000, 'the throttled send');
    const row = (p: string) => ot.store.db.prepare('SELECT status, attempts FROM outbox WHERE platform = ?').get(p);
    await waitFor(async () => ((row('gone') as { status: string }).status === 'failed' ? true : undefined), 5_000, 'gone to fail');
    expect(row('gone')).toEqual({ status: 'failed', attempts: 1 });
    expect(gone.attempts).toBe(1);
    expect(waits).toBe(2);
    expect(row('throttled')).toEqual({ status: 'sent', attempts: 1 });
    ot.bot.outbound.detach('gone');
    ot.bot.outbound.detach('throttled');
  });
});
