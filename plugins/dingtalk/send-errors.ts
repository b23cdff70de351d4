// DingTalk's answers to a send, in the dispatcher's terms: wait, give up, or retry with backoff.
import { PermanentSendError, RetryAfterError } from '../../src/plugins/define.js';

export interface DingtalkFailure {
  status: number;
  /** The v1.0 API's error code, e.g. Forbidden.AccessDenied.QpsLimitForApi or InvalidAuthentication. */
  code?: string;
  message?: string;
  retryAfterSeconds?: number;
}

const DEFAULT_WAIT_MS = 10_000;

export function isRateLimited(f: DingtalkFailure): boolean {
  return f.status === 429 || /qpslimit|throttl|ratelimit|flowcontrol/i.test(f.code ?? '');
}

export function isBadToken(f: DingtalkFailure): boolean {
  return f.status === 401 || /invalidauthentication|accesstoken/i.test(f.code ?? '');
}

export function sendError(what: string, f: DingtalkFailure): Error {
  const detail = `${what}: HTTP ${f.status}${f.code ? ` ${f.code}` : ''}${f.message ? ` ${f.message}` : ''}`;
  if (isRateLimited(f)) {
    const ms = f.retryAfterSeconds && f.retryAfterSeconds > 0 ? f.retryAfterSeconds * 1000 : DEFAULT_WAIT_MS;
    return new RetryAfterError(detail, ms);
  }
  // A refused request (bad receiver, robot not in the group, missing permission) fails the same way next time.
  if (f.status >= 400 && f.status < 500 && !isBadToken(f)) return new PermanentSendError(detail);
  return new Error(detail);
}
