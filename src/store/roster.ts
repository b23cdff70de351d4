import type { Department, Member, Roster, Unit } from '../domain/types.js';
import type { Db } from './db.js';
import { parseJson } from './json.js';
import { transactionReads, type TransactionReads } from './transaction-reads.js';

const ROSTER_TABLES = ['departments', 'units', 'members'];

/** Departments, units, members and their platform identities. Reads are cached until the next write. */
export class RosterRepo {
  private cache: Roster | null = null;
  private version = 0;

  private readonly reads: TransactionReads;

  constructor(private readonly db: Db) {
    this.reads = transactionReads(db);
  }

  /** Bumped on every write; parsers keyed on it rebuild their indexes. */
  get revision(): number {
    return this.version;
  }

  snapshot(): Roster {
    this.reads.readFrom(ROSTER_TABLES);
    if (!this.cache) {
      this.cache = {
        departments: (this.db.prepare('SELECT * FROM departments ORDER BY rowid').all() as Array<{ id: string; name: string; aliases: string }>)
          .map((d) => ({ id: d.id, name: d.name, aliases: parseJson<string[]>(d.aliases, []) })),
        units: (this.db.prepare('SELECT * FROM units ORDER BY rowid').all() as Array<{ id: string; name: string; kind: Unit['kind']; parent: string | null }>)
          .map((u) => ({ id: u.id, name: u.name, kind: u.kind, ...(u.parent ? { parent: u.parent } : {}) })),
        members: (this.db.prepare('SELECT * FROM members ORDER BY rowid').all() as Array<Record<string, string | null>>).map(toMember),
      };
    }
    return this.cache;
  }

  member(id: string): Member | undefined {
    return this.snapshot().members.find((m) => m.id === id);
  }

  upsertDepartment(d: Department): void {
    this.db.prepare(`INSERT INTO departments (id, name, aliases) VALUES (?, ?, ?)
      ON CONFLICT (id) DO UPDATE SET name = excluded.name, aliases = excluded.aliases`).run(d.id, d.name, JSON.stringify(d.aliases ?? []));
    this.changed();
  }

  upsertUnit(u: Unit): void {
    this.db.prepare(`INSERT INTO units (id, name, kind, parent) VALUES (?, ?, ?, ?)
      ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind, parent = excluded.parent`)
      .run(u.id, u.name, u.kind, u.parent ?? null);
    this.changed();
  }

  upsertMember(m: Member): void {
    this.db.prepare(`INSERT INTO members (id, name, role, department, unit, serves, identities) VALUES (?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (id) DO UPDATE SET name = excluded.name, role = excluded.role, department = excluded.department,
        unit = excluded.unit, serves = excluded.serves, identities = excluded.identities`)
      .run(m.id, m.name, m.role, m.department ?? null, m.unit ?? null, JSON.stringify(m.serves ?? []), JSON.stringify(m.identities ?? {}));
    this.changed();
  }

  removeMember(id: string): void {
    this.db.prepare('DELETE FROM members WHERE id = ?').run(id);
    this.db.prepare('DELETE FROM identities WHERE member_id = ?').run(id);
    this.changed();
  }

  /** Loads a whole roster (scenario or roster file), upserting by id. */
  load(roster: Partial<Roster>): void {
    this.db.transaction(() => {
      for (const d of roster.departments ?? []) this.upsertDepartment(d);
      for (const u of roster.units ?? []) this.upsertUnit(u);
      for (const m of roster.members ?? []) this.upsertMember(m);
    })();
  }

  isEmpty(): boolean {
    return this.db.prepare('SELECT 1 FROM members LIMIT 1').get() === undefined;
  }

  /** The roster member behind a platform user id, if bound. */
  memberByIdentity(platform: string, externalId: string): string | null {
    const row = this.db.prepare('SELECT member_id FROM identities WHERE platform = ? AND external_id = ?').get(platform, externalId) as
      | { member_id: string } | undefined;
    return row?.member_id ?? null;
  }

  identityOf(memberId: string, platform: string): string | null {
    const row = this.db.prepare('SELECT external_id FROM identities WHERE member_id = ? AND platform = ? ORDER BY bound_at DESC LIMIT 1')
      .get(memberId, platform) as { external_id: string } | undefined;
    return row?.external_id ?? null;
  }

  bindIdentity(platform: string, externalId: string, memberId: string, at: Date): void {
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM identities WHERE platform = ? AND member_id = ?').run(platform, memberId);
      this.db.prepare(`INSERT INTO identities (platform, external_id, member_id, bound_at) VALUES (?, ?, ?, ?)
        ON CONFLICT (platform, external_id) DO UPDATE SET member_id = excluded.member_id, bound_at = excluded.bound_at`)
        .run(platform, externalId, memberId, at.toISOString());
    })();
  }

  unbindIdentity(platform: string, externalId: string): void {
    this.db.prepare('DELETE FROM identities WHERE platform = ? AND external_id = ?').run(platform, externalId);
  }

  identities(): Array<{ platform: string; externalId: string; memberId: string; boundAt: string }> {
    return (this.db.prepare('SELECT * FROM identities ORDER BY member_id').all() as Array<{
      platform: string; external_id: string; member_id: string; bound_at: string;
    }>).map((r) => ({ platform: r.platform, externalId: r.external_id, memberId: r.member_id, boundAt: r.bound_at }));
  }

  /** Forgets cached reads (a rolled-back transaction may have written). */
  invalidate(): void {
    this.changed();
  }

  private changed(): void {
    this.cache = null;
    this.version++;
  }
}

function toMember(r: Record<string, string | null>): Member {
  const m: Member = { id: r.id!, name: r.name!, role: r.role as Member['role'] };
  if (r.department) m.department = r.department;
  if (r.unit) m.unit = r.unit;
  const serves = parseJson<string[]>(r.serves, []);
  if (serves.length) m.serves = serves;
  const identities = parseJson<Record<string, string>>(r.identities, {});
  if (Object.keys(identities).length) m.identities = identities;
  return m;
}
