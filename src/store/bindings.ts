import type { Db } from './db.js';

/** Someone on a platform asked to be bound to a roster member (绑定 姓名); an admin confirms it by its code. */
export interface BindingRequest {
  platform: string;
  externalId: string;
  memberId: string;
  code: string;
  at: Date;
}

interface RawRow {
  platform: string; external_id: string; member_id: string; code: string; at: string;
}

/** Open binding requests: one per platform account, gone once confirmed. */
export class BindingsRepo {
  constructor(private readonly db: Db) {}

  /** The account's open request, if any. */
  of(platform: string, externalId: string): BindingRequest | undefined {
    const row = this.db.prepare('SELECT * FROM binding_requests WHERE platform = ? AND external_id = ?').get(platform, externalId) as RawRow | undefined;
    return row && toRequest(row);
  }

  /** Records the account's request, replacing an earlier one of the same account. */
  put(r: BindingRequest): void {
    this.db.prepare(`INSERT INTO binding_requests (platform, external_id, member_id, code, at) VALUES (?, ?, ?, ?, ?)
      ON CONFLICT (platform, external_id) DO UPDATE SET member_id = excluded.member_id, code = excluded.code, at = excluded.at`)
      .run(r.platform, r.externalId, r.memberId, r.code, r.at.toISOString());
  }

  all(): BindingRequest[] {
    return (this.db.prepare('SELECT * FROM binding_requests ORDER BY rowid').all() as RawRow[]).map(toRequest);
  }

  remove(platform: string, externalId: string): void {
    this.db.prepare('DELETE FROM binding_requests WHERE platform = ? AND external_id = ?').run(platform, externalId);
  }
}

function toRequest(r: RawRow): BindingRequest {
  return { platform: r.platform, externalId: r.external_id, memberId: r.member_id, code: r.code, at: new Date(r.at) };
}
