import { withoutShadowed } from '../domain/dictionary.js';
import type { FieldDef, FieldRule, Ledger } from '../domain/types.js';
import type { Db } from './db.js';
import { parseJson } from './json.js';
import { transactionReads, type TransactionReads } from './transaction-reads.js';

/** What the in-memory dictionary and rules are read from (for tracked reads: transaction-reads.ts). */
const FIELD_TABLES = ['fields'];
const RULE_TABLES = ['field_rules'];

interface RawField {
  key: string; label: string; aliases: string; type: FieldDef['type']; unit: string | null; min: number | null;
  max: number | null; options: string | null; ledger: string | null; source: string; plausible_max?: number | null;
  tolerance?: number | null;
  personal?: number | null;
}

/** The field dictionary (fields grouped into ledgers). Cached until the next write. */
export class FieldsRepo {
  private cache: FieldDef[] | null = null;
  private matchableCache: FieldDef[] | null = null;
  private version = 0;

  private readonly reads: TransactionReads;

  constructor(private readonly db: Db) {
    this.reads = transactionReads(db);
  }

  get revision(): number {
    return this.version;
  }

  all(): FieldDef[] {
    this.reads.readFrom(FIELD_TABLES);
    if (!this.cache) {
      this.cache = (this.db.prepare('SELECT * FROM fields ORDER BY rowid').all() as RawField[]).map(toField);
    }
    return this.cache;
  }

  /**
   * The fields the parsers match against: a built-in entry naming the same item as a scenario/roster/admin field
   * yields to it (see withoutShadowed), and while a scenario's fields are loaded, built-in entries match by exact
   * name only (FieldDef.fallback). The array stays the same until the next write (parsers cache on it).
   */
  matchable(): FieldDef[] {
    this.reads.readFrom(FIELD_TABLES);
    if (!this.matchableCache) {
      const builtin = new Set((this.db.prepare("SELECT key FROM fields WHERE source = 'builtin'").all() as Array<{ key: string }>).map((r) => r.key));
      const scenario = this.db.prepare("SELECT 1 FROM fields WHERE source = 'scenario' LIMIT 1").get() !== undefined;
      const fields = withoutShadowed(this.all(), (f) => builtin.has(f.key));
      // A replayed scenario brings its own dictionary: shipped entries then only answer to their exact names.
      this.matchableCache = scenario ? fields.map((f) => (builtin.has(f.key) ? { ...f, fallback: true } : f)) : fields;
    }
    return this.matchableCache;
  }

  get(key: string): FieldDef | undefined {
    if (!this.byKey || this.byKeyOf !== this.all()) {
      this.byKeyOf = this.all();
      this.byKey = new Map(this.byKeyOf.map((f) => [f.key, f]));
    }
    return this.byKey.get(key);
  }

  private byKey: Map<string, FieldDef> | null = null;
  private byKeyOf: FieldDef[] | null = null;

  ledgers(): Ledger[] {
    return this.db.prepare('SELECT key, name FROM ledgers ORDER BY rowid').all() as Ledger[];
  }

  upsertLedger(l: Ledger): void {
    this.db.prepare('INSERT INTO ledgers (key, name) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET name = excluded.name').run(l.key, l.name);
  }

  upsert(f: FieldDef, source: 'builtin' | 'scenario' | 'admin' | 'inferred' = 'admin'): void {
    this.db.prepare(`INSERT INTO fields (key, label, aliases, type, unit, min, max, options, ledger, source, plausible_max, tolerance, personal)
      VALUES (@key, @label, @aliases, @type, @unit, @min, @max, @options, @ledger, @source, @plausibleMax, @tolerance, @personal)
      ON CONFLICT (key) DO UPDATE SET label = excluded.label, aliases = excluded.aliases, type = excluded.type,
        unit = excluded.unit, min = excluded.min, max = excluded.max, options = excluded.options,
        ledger = excluded.ledger, source = excluded.source, plausible_max = excluded.plausible_max,
        tolerance = excluded.tolerance, personal = excluded.personal`).run({
      key: f.key, label: f.label, aliases: JSON.stringify(f.aliases ?? []), type: f.type, unit: f.unit ?? null,
      min: f.min ?? null, max: f.max ?? null, options: f.options ? JSON.stringify(f.options) : null,
      ledger: f.ledger ?? null, source, plausibleMax: f.plausibleMax ?? null, tolerance: f.tolerance ?? null,
      personal: f.personal === undefined ? null : Number(f.personal),
    });
    this.invalidate();
  }

  /** Forgets cached reads (after a write, or when a transaction that wrote is rolled back). */
  invalidate(): void {
    this.cache = null;
    this.matchableCache = null;
    this.rulesCache = null;
    this.version++;
  }

  load(dictionary: { ledgers?: Ledger[]; fields: FieldDef[]; rules?: FieldRule[] }, source: 'builtin' | 'scenario' | 'admin'): void {
    this.db.transaction(() => {
      for (const l of dictionary.ledgers ?? []) this.upsertLedger(l);
      for (const f of dictionary.fields) this.upsert(f, source);
      for (const r of dictionary.rules ?? []) this.addRule(r, source);
    })();
  }

  /** Cross-field rules (低保人数 ≥ 低保户数) a reported figure is checked against before it enters the pool. */
  rules(): FieldRule[] {
    this.reads.readFrom(RULE_TABLES);
    this.rulesCache ??= (this.db.prepare('SELECT id, left, op, right FROM field_rules ORDER BY id').all() as FieldRule[]);
    return this.rulesCache;
  }

  addRule(r: FieldRule, source: 'builtin' | 'scenario' | 'admin' = 'admin'): FieldRule {
    this.db.prepare('INSERT INTO field_rules (left, op, right, source) VALUES (?, ?, ?, ?) ON CONFLICT (left, op, right) DO NOTHING')
      .run(r.left, r.op, r.right, source);
    this.rulesCache = null;
    return this.db.prepare('SELECT id, left, op, right FROM field_rules WHERE left = ? AND op = ? AND right = ?').get(r.left, r.op, r.right) as FieldRule;
  }

  removeRule(id: number): boolean {
    this.rulesCache = null;
    return this.db.prepare('DELETE FROM field_rules WHERE id = ?').run(id).changes > 0;
  }

  private rulesCache: FieldRule[] | null = null;

  isEmpty(): boolean {
    return this.db.prepare('SELECT 1 FROM fields LIMIT 1').get() === undefined;
  }
}

function toField(r: RawField): FieldDef {
  const f: FieldDef = { key: r.key, label: r.label, aliases: parseJson<string[]>(r.aliases, []), type: r.type };
  if (r.unit) f.unit = r.unit;
  if (r.min !== null) f.min = r.min;
  if (r.max !== null) f.max = r.max;
  if (r.options) f.options = parseJson<string[]>(r.options, []);
  if (r.ledger) f.ledger = r.ledger;
  if (r.plausible_max !== null && r.plausible_max !== undefined) f.plausibleMax = r.plausible_max;
  if (r.tolerance !== null && r.tolerance !== undefined) f.tolerance = r.tolerance;
  if (r.personal !== null && r.personal !== undefined) f.personal = r.personal === 1;
  return f;
}
