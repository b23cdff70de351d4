import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FieldDef, FieldRule, Ledger, Roster } from '../domain/types.js';
import type { Store } from './store.js';

/**
 * The package's data/ folder: beside the package.json nearest above this file — the sources (src/store/) and their
 * build (dist/src/store/, scripts/build.mjs) sit at different depths in the same package.
 */
export function packageDataDir(from: string): string {
  for (let dir = dirname(from); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return join(dir, 'data') + '/';
    if (dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}

export const DATA_DIR = packageDataDir(fileURLToPath(import.meta.url));

export interface Dictionary {
  ledgers: Ledger[];
  fields: FieldDef[];
  /** Cross-field rules checked before a figure enters the pool (低保人数 >= 低保户数). */
  rules?: FieldRule[];
}

let builtin: Dictionary | null = null;

/** The built-in field dictionary shipped in data/fields.json. */
export function builtinDictionary(): Dictionary {
  builtin ??= JSON.parse(readFileSync(`${DATA_DIR}fields.json`, 'utf8')) as Dictionary;
  return builtin;
}

/**
 * KEEP_BUILTIN_CHECKS: a scenario's dictionary redefines built-in fields by key (低保户数 with its own aliases) and says
 * nothing of their checks; loaded as it stood, the field lost the built-in history tolerance and plausible maximum, and
 * 低保580户 after 58 last month (a digit typed twice) was stored unasked. A field of the same type and unit keeps the
 * built-in checks it does not set itself.
 */
export function withBuiltinChecks(fields: readonly FieldDef[], builtins: readonly FieldDef[] = builtinDictionary().fields): FieldDef[] {
  const byKey = new Map(builtins.map((f) => [f.key, f]));
  return fields.map((f) => {
    const b = byKey.get(f.key);
    if (!b || b.type !== f.type || (b.unit ?? null) !== (f.unit ?? null)) return f;
    return {
      ...f,
      ...(f.tolerance === undefined && b.tolerance !== undefined ? { tolerance: b.tolerance } : {}),
      ...(f.plausibleMax === undefined && b.plausibleMax !== undefined ? { plausibleMax: b.plausibleMax } : {}),
    };
  });
}

/** Fills an empty dictionary with the built-in one (an admin's later edits are kept across restarts). */
export function seedDictionary(store: Store): void {
  if (store.fields.isEmpty()) store.fields.load(builtinDictionary(), 'builtin');
}

export function loadRosterFile(store: Store, roster: Partial<Roster> & { fields?: FieldDef[] }): void {
  store.transaction(() => {
    store.roster.load(roster);
    if (roster.fields?.length) store.fields.load({ fields: roster.fields }, 'admin');
  });
}
