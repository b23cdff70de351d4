// Lark's answers to a send, in the dispatcher's terms: wait, give up, or retry with backoff.
import { PermanentSendError, RetryAfterError } from '../../src/plugins/define.js';

const RATE_LIMITED = 99991400;
const CHAT_RATE_LIMITED = 230020;
const BOT_NOT_IN_CHAT = 230002;
const USER_BLOCKED_BOT = 230053;
const SHORT_BACKOFF_MS = 2000;

export interface LarkFailure {
  status?: number;
  code?: number;
  msg?: string;
  /** Seconds until the rate limit window resets (x-ogw-ratelimit-reset). */
  resetSeconds?: number;
}

export function sendError(what: string, f: LarkFailure): Error {
  const detail = `${what}: ${f.status ? `HTTP ${f.status} ` : ''}${f.code !== undefined ? `code ${f.code} ` : ''}${f.msg ?? ''}`.trim();
  if (f.status === 429 || f.code === RATE_LIMITED) {
    const ms = f.resetSeconds !== undefined && f.resetSeconds > 0 ? Math.ceil(f.resetSeconds * 1000) : 1000;
    return new RetryAfterError(detail, ms);
  }
  if (f.code === CHAT_RATE_LIMITED) return new RetryAfterError(detail, SHORT_BACKOFF_MS);
  if (f.code === BOT_NOT_IN_CHAT || f.code === USER_BLOCKED_BOT) return new PermanentSendError(detail);
  return new Error(detail);
}

/** Reads an SDK rejection (an AxiosError for HTTP 4xx/5xx, or a network error) into a LarkFailure. */
export function failureOf(error: unknown): LarkFailure {
  const e = error as { response?: { status?: number; data?: unknown; headers?: Record<string, unknown> }; message?: string };
  if (!e?.response) return { msg: e?.message ?? String(error) };
  const data = (e.response.data ?? {}) as { code?: unknown; msg?: unknown };
  const reset = Number(headerOf(e.response.headers, 'x-ogw-ratelimit-reset'));
  return {
    ...(e.response.status ? { status: e.response.status } : {}),
    ...(typeof data.code === 'number' ? { code: data.code } : {}),
    ...(typeof data.msg === 'string' ? { msg: data.msg } : {}),
    ...(Number.isFinite(reset) && reset > 0 ? { resetSeconds: reset } : {}),
  };
}

function headerOf(headers: unknown, name: string): unknown {
  if (!headers) return undefined;
  const h = headers as { get?: (n: string) => unknown } & Record<string, unknown>;
  return typeof h.get === 'function' ? h.get(name) : h[name];
}
