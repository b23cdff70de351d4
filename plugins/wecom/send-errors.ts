// WeCom's errcodes for a send, in the dispatcher's terms: wait, give up, or retry with backoff.
import { PermanentSendError, RetryAfterError } from '../../src/plugins/define.js';

export const TOKEN_INVALID = new Set([40014, 42001, 41001]);
const SYSTEM_BUSY = -1;
const RATE_LIMITED = 45009;
const TOO_MANY_CONCURRENT = 45033;
/** WeCom blocks a caller over a per-minute limit for 60 seconds. */
const RATE_LIMIT_WAIT_MS = 60_000;
const CONCURRENCY_WAIT_MS = 2_000;

export function sendError(what: string, errcode: number, errmsg: string): Error {
  const detail = `${what}: errcode ${errcode} ${errmsg}`.trim();
  if (errcode === RATE_LIMITED) return new RetryAfterError(detail, RATE_LIMIT_WAIT_MS);
  if (errcode === TOO_MANY_CONCURRENT) return new RetryAfterError(detail, CONCURRENCY_WAIT_MS);
  if (errcode === SYSTEM_BUSY || TOKEN_INVALID.has(errcode)) return new Error(detail);
  // Any other errcode is WeCom refusing this request (unknown user, bad chat, app not allowed): it would refuse again.
  return new PermanentSendError(detail);
}
