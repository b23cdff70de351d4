import type { Db } from './db.js';
import type { AuditAction, Counter, RunKey } from './keys.js';
import { parseJson } from './json.js';

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: AuditAction;
  subject: string | null;
  detail: unknown;
}

export class AuditRepo {
  constructor(private readonly db: Db) {}

  record(at: Date, actor: string, action: AuditAction, subject: string | null, detail?: unknown): void {
    this.db.prepare('INSERT INTO audit (at, actor, action, subject, detail) VALUES (?, ?, ?, ?, ?)')
      .run(at.toISOString(), actor, action, subject, detail === undefined ? null : JSON.stringify(detail));
  }

  list(filter: { action?: string; actor?: string; subject?: string; limit?: number } = {}): AuditEntry[] {
    const where: string[] = [];
    const args: unknown[] = [];
    if (filter.action) { where.push('action LIKE ?'); args.push(`${filter.action}%`); }
    if (filter.actor) { where.push('actor = ?'); args.push(filter.actor); }
    if (filter.subject) { where.push('subject = ?'); args.push(filter.subject); }
    const sql = `SELECT * FROM audit ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ?`;
    return (this.db.prepare(sql).all(...args, filter.limit ?? 200) as Array<Omit<AuditEntry, 'detail'> & { detail: string | null }>)
      .map((r) => ({ ...r, detail: parseJson(r.detail, null) }));
  }
}

/** Key/value settings an admin can change at run time (JSON values). */
export class SettingsRepo {
  constructor(private readonly db: Db) {}

  all(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const r of this.db.prepare('SELECT key, value FROM settings').all() as Array<{ key: string; value: string }>) {
      out[r.key] = parseJson(r.value, null);
    }
    return out;
  }

  set(key: string, value: unknown): void {
    this.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
      .run(key, JSON.stringify(value));
  }
}

/** Keys of scheduled sends already made, so a restart never sends one twice. */
export class ScheduleRunsRepo {
  constructor(private readonly db: Db) {}

  /** Claims a run key; false when it was claimed before. */
  claim(key: RunKey, at: Date): boolean {
    return this.db.prepare('INSERT INTO schedule_runs (key, at) VALUES (?, ?) ON CONFLICT (key) DO NOTHING').run(key, at.toISOString()).changes > 0;
  }

  has(key: RunKey): boolean {
    return this.db.prepare('SELECT 1 FROM schedule_runs WHERE key = ?').get(key) !== undefined;
  }
}

/** Running totals and per-day totals (asks avoided, values reused …). */
export class CountersRepo {
  constructor(private readonly db: Db) {}

  add(key: Counter, n: number, day: string): void {
    if (n === 0) return;
    this.db.prepare('INSERT INTO counters (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = value + excluded.value').run(key, n);
    this.db.prepare('INSERT INTO counter_days (day, key, value) VALUES (?, ?, ?) ON CONFLICT (day, key) DO UPDATE SET value = value + excluded.value')
      .run(day, key, n);
  }

  get(key: Counter): number {
    return (this.db.prepare('SELECT value FROM counters WHERE key = ?').get(key) as { value: number } | undefined)?.value ?? 0;
  }

  onDay(key: Counter, day: string): number {
    return (this.db.prepare('SELECT value FROM counter_days WHERE day = ? AND key = ?').get(day, key) as { value: number } | undefined)?.value ?? 0;
  }
}

export interface PluginState {
  name: string;
  enabled: boolean | null;
  config: Record<string, unknown>;
}

export class PluginsRepo {
  constructor(private readonly db: Db) {}

  get(name: string): PluginState | undefined {
    const r = this.db.prepare('SELECT * FROM plugins WHERE name = ?').get(name) as { name: string; enabled: number | null; config: string } | undefined;
    return r && { name: r.name, enabled: r.enabled === null ? null : r.enabled === 1, config: parseJson(r.config, {}) };
  }

  save(name: string, state: { enabled?: boolean | null; config?: Record<string, unknown> }, at: Date): void {
    const current = this.get(name);
    const enabled = state.enabled === undefined ? current?.enabled ?? null : state.enabled;
    const config = state.config ?? current?.config ?? {};
    this.db.prepare(`INSERT INTO plugins (name, enabled, config, updated_at) VALUES (?, ?, ?, ?)
      ON CONFLICT (name) DO UPDATE SET enabled = excluded.enabled, config = excluded.config, updated_at = excluded.updated_at`)
      .run(name, enabled === null ? null : enabled ? 1 : 0, JSON.stringify(config), at.toISOString());
  }
}

/** State a plugin keeps of its own (JSON values under its name): another plugin's keys are out of its reach. */
export class PluginStateRepo {
  constructor(private readonly db: Db) {}

  get<T>(plugin: string, key: string): T | undefined {
    const row = this.db.prepare('SELECT value FROM plugin_state WHERE plugin = ? AND key = ?').get(plugin, key) as { value: string } | undefined;
    return row ? parseJson<T | undefined>(row.value, undefined) : undefined;
  }

  set(plugin: string, key: string, value: unknown): void {
    this.db.prepare(`INSERT INTO plugin_state (plugin, key, value) VALUES (?, ?, ?)
      ON CONFLICT (plugin, key) DO UPDATE SET value = excluded.value`).run(plugin, key, JSON.stringify(value));
  }
}

/** Values the bot creates once and keeps (the export-link secret). */
export class MetaRepo {
  constructor(private readonly db: Db) {}

  /** The stored value, or `create()`'s, stored now; whoever stores first wins. */
  getOrCreate(key: string, create: () => string): string {
    const read = (): string | undefined => (this.db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value;
    const existing = read();
    if (existing !== undefined) return existing;
    this.db.prepare('INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)').run(key, create());
    return read()!;
  }

  put(key: string, value: string): void {
    this.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
  }
}
