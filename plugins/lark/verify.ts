// Checks the SDK leaves to us: signature over the raw bytes, token, app id, timestamp age.
import { createHash, timingSafeEqual } from 'node:crypto';

/** sha256_hex(timestamp + nonce + encryptKey + raw body), as Lark signs callbacks when an Encrypt Key is set. */
export function larkSignature(timestamp: string, nonce: string, encryptKey: string, rawBody: Uint8Array): string {
  return createHash('sha256').update(timestamp + nonce + encryptKey, 'utf8').update(rawBody).digest('hex');
}

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  // Compare equal-length buffers so the time spent does not depend on where they differ.
  return x.length === y.length ? timingSafeEqual(x, y) : (timingSafeEqual(x, x), false);
}

export function signatureMatches(headers: SignedHeaders, encryptKey: string, rawBody: Uint8Array): boolean {
  if (!headers.timestamp || !headers.nonce || !headers.signature) return false;
  return safeEqual(larkSignature(headers.timestamp, headers.nonce, encryptKey, rawBody), headers.signature.toLowerCase());
}

export interface SignedHeaders {
  timestamp?: string | undefined;
  nonce?: string | undefined;
  signature?: string | undefined;
}

/** True when the request timestamp (seconds) is within the window around now. */
export function timestampFresh(timestamp: string | undefined, now: Date, maxSkewSeconds: number): boolean {
  if (!timestamp || !/^\d{1,13}$/.test(timestamp)) return false;
  return Math.abs(now.getTime() / 1000 - Number(timestamp)) <= maxSkewSeconds;
}

/** The verification token and app id a callback carries: v2 events in `header`, url_verification and v1 at the top. */
export function envelopeCredentials(envelope: Record<string, unknown>): { token?: string; appId?: string } {
  const header = isRecord(envelope.header) ? envelope.header : undefined;
  const event = isRecord(envelope.event) ? envelope.event : undefined;
  const token = header?.token ?? envelope.token;
  const appId = header?.app_id ?? event?.app_id ?? envelope.app_id;
  return {
    ...(typeof token === 'string' ? { token } : {}),
    ...(typeof appId === 'string' ? { appId } : {}),
  };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
