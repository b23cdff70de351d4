import { createHash, randomBytes } from 'node:crypto';
import type { Db } from './db.js';

/** Who a session speaks for: the admin console, or one roster member on the web channel. */
export type SessionKind = 'admin' | 'member';

export interface Session {
  kind: SessionKind;
  subject: string;
  expiresAt: Date;
}

/** Session ids and sign-in codes are kept only as their SHA-256: a copy of the database opens no session. */
export function hashSecret(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** Sessions by the hash of their random id, each with an expiry. */
export class SessionsRepo {
  constructor(private readonly db: Db) {}

  /** A new session; the raw id is returned once and never stored. */
  create(kind: SessionKind, subject: string, now: Date, lifetimeMs: number): string {
    const id = randomBytes(32).toString('base64url');
    this.db.prepare('INSERT INTO sessions (id_hash, kind, subject, created_at, expires_at) VALUES (?, ?, ?, ?, ?)')
      .run(hashSecret(id), kind, subject, now.toISOString(), new Date(now.getTime() + lifetimeMs).toISOString());
    return id;
  }

  /** The live session of that kind behind a raw id, if any. */
  find(kind: SessionKind, id: string, now: Date): Session | undefined {
    if (!id) return undefined;
    const row = this.db.prepare('SELECT subject, expires_at FROM sessions WHERE id_hash = ? AND kind = ?').get(hashSecret(id), kind) as
      { subject: string; expires_at: string } | undefined;
    if (!row || Date.parse(row.expires_at) <= now.getTime()) return undefined;
    return { kind, subject: row.subject, expiresAt: new Date(row.expires_at) };
  }

  revoke(id: string): boolean {
    return this.db.prepare('DELETE FROM sessions WHERE id_hash = ?').run(hashSecret(id)).changes > 0;
  }

  /** Ends every session of a kind (optionally only those of one subject, or all but that subject); returns how many. */
  revokeAll(kind: SessionKind, filter: { subject?: string; exceptSubject?: string } = {}): number {
    if (filter.subject !== undefined) return this.db.prepare('DELETE FROM sessions WHERE kind = ? AND subject = ?').run(kind, filter.subject).changes;
    if (filter.exceptSubject !== undefined) {
      return this.db.prepare('DELETE FROM sessions WHERE kind = ? AND subject <> ?').run(kind, filter.exceptSubject).changes;
    }
    return this.db.prepare('DELETE FROM sessions WHERE kind = ?').run(kind).changes;
  }

  pruneExpired(now: Date): void {
    this.db.prepare('DELETE FROM sessions WHERE expires_at <= ?').run(now.toISOString());
    this.db.prepare('DELETE FROM sign_in_codes WHERE expires_at <= ?').run(now.toISOString());
  }

  /** A one-time sign-in code for a member (the raw code is returned once); an earlier unused code of theirs stops working. */
  issueCode(memberId: string, now: Date, lifetimeMs: number): string {
    // 10 characters from an alphabet without look-alikes: easy to read out, ~50 bits.
    const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
    const bytes = randomBytes(10);
    const code = Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM sign_in_codes WHERE member_id = ?').run(memberId);
      this.db.prepare('INSERT INTO sign_in_codes (code_hash, member_id, created_at, expires_at) VALUES (?, ?, ?, ?)')
        .run(hashSecret(normalizeCode(code)), memberId, now.toISOString(), new Date(now.getTime() + lifetimeMs).toISOString());
    })();
    return code;
  }

  /** Uses up a sign-in code: the member it was issued to, once, while it is fresh. */
  redeemCode(code: string, now: Date): string | undefined {
    const hash = hashSecret(normalizeCode(code));
    return this.db.transaction(() => {
      const row = this.db.prepare('SELECT member_id, expires_at FROM sign_in_codes WHERE code_hash = ?').get(hash) as
        { member_id: string; expires_at: string } | undefined;
      if (!row) return undefined;
      this.db.prepare('DELETE FROM sign_in_codes WHERE code_hash = ?').run(hash);
      return Date.parse(row.expires_at) > now.getTime() ? row.member_id : undefined;
    })();
  }
}

function normalizeCode(code: string): string {
  return code.replace(/[\s-]/g, '').toUpperCase();
}

export interface ThrottleState {
  failures: number;
  blockedUntil: Date | null;
}

/** Failed sign-ins per client address. */
export class LoginThrottleRepo {
  constructor(private readonly db: Db) {}

  get(address: string): ThrottleState & { lastFailureAt: Date } | undefined {
    const row = this.db.prepare('SELECT failures, last_failure_at, blocked_until FROM login_throttle WHERE address = ?').get(address) as
      { failures: number; last_failure_at: string; blocked_until: string | null } | undefined;
    return row && { failures: row.failures, lastFailureAt: new Date(row.last_failure_at), blockedUntil: row.blocked_until ? new Date(row.blocked_until) : null };
  }

  put(address: string, state: ThrottleState, at: Date): void {
    this.db.prepare(`INSERT INTO login_throttle (address, failures, last_failure_at, blocked_until) VALUES (?, ?, ?, ?)
      ON CONFLICT (address) DO UPDATE SET failures = excluded.failures, last_failure_at = excluded.last_failure_at, blocked_until = excluded.blocked_until`)
      .run(address, state.failures, at.toISOString(), state.blockedUntil?.toISOString() ?? null);
  }

  clear(address: string): void {
    this.db.prepare('DELETE FROM login_throttle WHERE address = ?').run(address);
  }
}

export const SECURITY_EVENTS = [
  'admin.login', 'admin.login.failed', 'admin.login.throttled', 'admin.logout', 'admin.sessions.revoked',
  'member.code.issued', 'member.sign-in', 'member.sign-in.failed', 'member.sign-in.throttled', 'member.sign-out',
  'personal.export',
] as const;
export type SecurityEvent = (typeof SECURITY_EVENTS)[number];

export interface SecurityEntry {
  id: number;
  at: string;
  event: SecurityEvent;
  address: string | null;
  subject: string | null;
  detail: unknown;
}

/** Sign-ins, failures and other security events, kept apart from the audit so a flood of them evicts nothing there. */
export class SecurityLogRepo {
  /** Newest rows kept; older ones are dropped as new ones arrive. */
  static readonly KEEP = 10_000;

  constructor(private readonly db: Db) {}

  record(at: Date, event: SecurityEvent, entry: { address?: string | null; subject?: string | null; detail?: unknown } = {}): void {
    const id = this.db.prepare('INSERT INTO security_log (at, event, address, subject, detail) VALUES (?, ?, ?, ?, ?)')
      .run(at.toISOString(), event, entry.address ?? null, entry.subject ?? null, entry.detail === undefined ? null : JSON.stringify(entry.detail))
      .lastInsertRowid;
    this.db.prepare('DELETE FROM security_log WHERE id <= ?').run(Number(id) - SecurityLogRepo.KEEP);
  }

  list(filter: { event?: string; limit?: number } = {}): SecurityEntry[] {
    const rows = (filter.event
      ? this.db.prepare('SELECT * FROM security_log WHERE event LIKE ? ORDER BY id DESC LIMIT ?').all(`${filter.event}%`, filter.limit ?? 200)
      : this.db.prepare('SELECT * FROM security_log ORDER BY id DESC LIMIT ?').all(filter.limit ?? 200)) as
      Array<Omit<SecurityEntry, 'detail'> & { detail: string | null }>;
    return rows.map((r) => ({ ...r, detail: r.detail === null ? null : JSON.parse(r.detail) as unknown }));
  }
}
