// Guards for every HTTP body: size (413), media type (415), strict UTF-8 JSON with bounded nesting (400), per-sender rate (429).
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';

/** Rejects any request body larger than maxBytes with 413, whether it declares its length or streams it. */
export function limitBody(maxBytes: number): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxBytes,
    onError: (c) => c.json({ error: `请求内容超过 ${maxBytes} 字节`, limit: maxBytes }, 413),
  });
}

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/** On a JSON endpoint, a request that carries a body must say it is JSON (415 otherwise). */
export function requireJson(): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD' || c.req.method === 'OPTIONS') return next();
    const type = c.req.header('content-type') ?? '';
    if (!JSON_TYPE.test(type)) {
      return c.json({ error: '请以 JSON 提交（content-type: application/json）', path: '' }, 415);
    }
    return next();
  };
}

/** Deepest array/object nesting accepted in a JSON body. */
export const MAX_JSON_DEPTH = 32;

export type JsonBody = { ok: true; value: unknown } | { ok: false; error: string };

/** Reads the body as strict UTF-8 JSON: invalid bytes, bad syntax or nesting deeper than MAX_JSON_DEPTH are refused. */
export async function readJsonBody(c: Context): Promise<JsonBody> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await c.req.arrayBuffer());
  } catch {
    return { ok: false, error: '请求内容必须是 UTF-8 编码' };
  }
  if (jsonDepth(text) > MAX_JSON_DEPTH) return { ok: false, error: `请求内容嵌套超过 ${MAX_JSON_DEPTH} 层` };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, error: '请求内容必须是 JSON' };
  }
}

/** Deepest bracket nesting outside string literals (one linear pass, no recursion). */
export function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c) i++;
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x7b || ch === 0x5b) max = Math.max(max, ++depth);
    else if (ch === 0x7d || ch === 0x5d) depth--;
  }
  return max;
}

/** A token bucket per key: `perMinute` tokens, refilled evenly; an idle key is forgotten once its bucket is full again. */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private readonly perMinute: number, private readonly now: () => number = Date.now, private readonly maxKeys = 10_000) {}

  /** Takes one token: 0 when allowed, else the seconds to wait before the next one. */
  take(key: string): number {
    const t = this.now();
    const rate = this.perMinute / 60_000;
    const b = this.buckets.get(key) ?? { tokens: this.perMinute, at: t };
    b.tokens = Math.min(this.perMinute, b.tokens + (t - b.at) * rate);
    b.at = t;
    if (!this.buckets.has(key)) {
      if (this.buckets.size >= this.maxKeys) this.prune(t);
      this.buckets.set(key, b);
    }
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - b.tokens) / rate / 1000));
  }

  private prune(t: number): void {
    const rate = this.perMinute / 60_000;
    for (const [k, b] of this.buckets) if (b.tokens + (t - b.at) * rate >= this.perMinute) this.buckets.delete(k);
    if (this.buckets.size >= this.maxKeys) this.buckets.delete(this.buckets.keys().next().value!);
  }
}

/** The 429 answer for a rate-limited sender. */
export function tooMany(c: Context, retryAfterSeconds: number): Response {
  c.header('Retry-After', String(retryAfterSeconds));
  return c.json({ error: `发送太频繁，请 ${retryAfterSeconds} 秒后再试`, retryAfter: retryAfterSeconds }, 429);
}
