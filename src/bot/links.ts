// Signed export links: a lead who asks for 导出 c12 in chat can open the file without the admin token.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Store } from '../store/store.js';

const LINK_DAYS = 7;
/** No link is honoured for longer than this after now, whatever its expiry says (a forged or leaked one included). */
export const MAX_LINK_DAYS = 30;
const LINK_SECRET = 'linkSecret';

function secret(store: Store): string {
  return store.meta.getOrCreate(LINK_SECRET, () => randomBytes(32).toString('base64url'));
}

/** A new signing secret: every link handed out before stops working. */
export function rotateLinkSecret(store: Store): void {
  store.meta.put(LINK_SECRET, randomBytes(32).toString('base64url'));
}

function signature(store: Store, file: string, expires: number): string {
  return createHmac('sha256', secret(store)).update(`${file}\u0000${expires}`).digest('base64url').slice(0, 32);
}

/** The signed link as people click it in chat: absolute, on the server's public address (PUBLIC_URL). */
export function exportLink(deps: { store: Store; settings(): { publicUrl?: string | undefined } }, file: string, now: Date): string {
  const base = (deps.settings().publicUrl ?? '').replace(/\/+$/, '');
  return `${base}${signedExportPath(deps.store, file, now)}`;
}

/** `/api/exports/c12.csv?exp=…&sig=…`, valid for a week. */
export function signedExportPath(store: Store, file: string, now: Date): string {
  const expires = Math.floor(now.getTime() / 1000) + LINK_DAYS * 86_400;
  return `/api/exports/${file}?exp=${expires}&sig=${signature(store, file, expires)}`;
}

export function verifyExportSignature(store: Store, file: string, exp: string | undefined, sig: string | undefined, now: Date): boolean {
  if (!exp || !sig || !/^\d{1,12}$/.test(exp)) return false;
  const expires = Number(exp);
  if (expires * 1000 < now.getTime() || expires * 1000 > now.getTime() + MAX_LINK_DAYS * 86_400_000) return false;
  const expected = Buffer.from(signature(store, file, expires));
  const given = Buffer.from(sig);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
