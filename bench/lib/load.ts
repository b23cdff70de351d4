// A keep-alive HTTP load generator: `concurrency` clients, each posting its next body as soon as the last is answered.
import http from 'node:http';
import { wallMs } from './stats.js';

export interface LoadResult {
  ok: number;
  errors: number;
  statuses: Record<string, number>;
  /** Per body: when it was sent (wall ms), its ack latency (ms), the id the server returned. NaN / null when not sent. */
  sentAt: Float64Array;
  ackMs: Float64Array;
  ids: Array<number | null>;
  elapsedMs: number;
  stoppedEarly: boolean;
}

/** A body with its own extra request headers (e.g. Lark's signature headers). */
export interface HeadedBody {
  body: string;
  headers: Record<string, string>;
}

export async function postAll(url: string, path: string, bodies: Array<string | HeadedBody>, concurrency: number, budgetMs: number): Promise<LoadResult> {
  const target = new URL(url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const sentAt = new Float64Array(bodies.length).fill(NaN);
  const ackMs = new Float64Array(bodies.length).fill(NaN);
  const ids: Array<number | null> = new Array(bodies.length).fill(null);
  const statuses: Record<string, number> = {};
  let next = 0, ok = 0, errors = 0, stoppedEarly = false;
  const started = performance.now();

  const one = (i: number): Promise<void> => new Promise((resolve) => {
    const item = bodies[i]!;
    const body = typeof item === 'string' ? item : item.body;
    const extra = typeof item === 'string' ? {} : item.headers;
    const t = wallMs();
    sentAt[i] = t;
    const req = http.request({
      host: target.hostname, port: target.port, path, method: 'POST', agent,
      headers: { 'content-type': 'application/json', ...extra, 'content-length': Buffer.byteLength(body) },
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        ackMs[i] = wallMs() - t;
        const key = String(res.statusCode);
        statuses[key] = (statuses[key] ?? 0) + 1;
        if (res.statusCode === 200) {
          ok++;
          try { ids[i] = (JSON.parse(Buffer.concat(chunks).toString()) as { id?: number }).id ?? null; } catch { /* counted as ok, no id */ }
        } else errors++;
        resolve();
      });
    });
    req.setTimeout(30_000, () => req.destroy(new Error('timeout')));
    req.on('error', () => { errors++; statuses.error = (statuses.error ?? 0) + 1; resolve(); });
    req.end(body);
  });

  const worker = async (): Promise<void> => {
    while (next < bodies.length) {
      if (performance.now() - started > budgetMs) { stoppedEarly = true; return; }
      await one(next++);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  agent.destroy();
  return { ok, errors, statuses, sentAt, ackMs, ids, elapsedMs: performance.now() - started, stoppedEarly };
}
