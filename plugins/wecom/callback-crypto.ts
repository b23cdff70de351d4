// WeCom callback security: msg_signature = sha1 of the sorted [token, timestamp, nonce, ciphertext]; the payload is
// AES-256-CBC under the EncodingAESKey and ends with the receiving corp's id. The cipher is @wecom/crypto's.
import { createHash, timingSafeEqual } from 'node:crypto';
import { decrypt } from '@wecom/crypto';

export function callbackSignature(token: string, timestamp: string, nonce: string, encrypted: string): string {
  return createHash('sha1').update([token, timestamp, nonce, encrypted].sort().join('')).digest('hex');
}

export function signatureMatches(expected: string, given: string | undefined): boolean {
  if (!given) return false;
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(given.toLowerCase(), 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The plaintext, or null when it does not decrypt or was meant for another corp. */
export function openPayload(encodingAESKey: string, encrypted: string, corpId: string): string | null {
  try {
    const { message, id } = decrypt(encodingAESKey, encrypted);
    return id === corpId ? message : null;
  } catch {
    return null;
  }
}

/** True when the request timestamp (seconds) is within the window around now. */
export function timestampFresh(timestamp: string | undefined, now: Date, maxSkewSeconds: number): boolean {
  if (!timestamp || !/^\d{1,13}$/.test(timestamp)) return false;
  return Math.abs(now.getTime() / 1000 - Number(timestamp)) <= maxSkewSeconds;
}
