// One ledger's values for one period: units × fields, each cell with who reported it and when.
import { formatValue, memberName } from '../../bot/render.js';
import type { Reveal } from '../../bot/export.js';
import { isPersonalField, maskPersonalText } from '../../domain/personal.js';
import type { FieldValue } from '../../domain/types.js';
import type { Core } from './core.js';
import { localStamp } from './local-time.js';

export interface PoolCell {
  value: FieldValue;
  text: string;
  member: string | null;
  memberName: string;
  at: string;
  version: number;
}

export interface PoolTable {
  ledger: { key: string; name: string };
  period: string | null;
  periods: string[];
  fields: Array<{ key: string; label: string; unit: string | null; type: string; personal: boolean }>;
  units: Array<{ id: string; name: string }>;
  cells: Record<string, Record<string, PoolCell>>;
}

/** Periods holding at least one value of the ledger, newest first, '' for none (a query: the pool is never read whole). */
export function ledgerPeriods(core: Core, ledger: string): string[] {
  return core.store.pool.periodsOf(core.store.fields.all().filter((f) => f.ledger === ledger).map((f) => f.key)).map((p) => p ?? '');
}

/**
 * The pool as the console shows it: a personal field's values masked (张*, 138****5678) whoever looks — the screen
 * carries no purpose; the full values leave only in an export that states one (personal-exports.ts).
 */
export function poolTable(core: Core, ledgerKey: string, period: string | null | undefined, reveal: Reveal = 'masked'): PoolTable | null {
  const { store } = core;
  const ledger = store.fields.ledgers().find((l) => l.key === ledgerKey);
  if (!ledger) return null;
  const tz = core.settings().timezone;
  const roster = store.roster.snapshot();
  const periods = ledgerPeriods(core, ledgerKey);
  const chosen = period === undefined ? (periods[0] ?? '') : (period ?? '');
  const ledgerFields = store.fields.all().filter((f) => f.ledger === ledgerKey);
  const values = store.pool.select(ledgerFields.map((f) => f.key), chosen === '' ? null : chosen);
  const withValues = new Set(values.map((v) => v.field));
  const fields = ledgerFields.filter((f) => withValues.has(f.key));
  const unitIds = new Set(values.map((v) => v.unit));
  const units = roster.units.filter((u) => unitIds.has(u.id)).map((u) => ({ id: u.id, name: u.name }));
  for (const id of unitIds) if (!units.some((u) => u.id === id)) units.push({ id, name: id });
  const cells: PoolTable['cells'] = {};
  for (const v of values) {
    const f = ledgerFields.find((x) => x.key === v.field);
    const masked = reveal === 'masked' && f !== undefined && isPersonalField(f);
    const value = masked ? maskPersonalText(String(v.value)) : v.value;
    (cells[v.unit] ??= {})[v.field] = {
      value, text: f && isPersonalField(f) ? String(value) : `${v.approximate ? '约' : ''}${formatValue(v.value, f)}`, member: v.memberId, memberName: v.memberId ? memberName(roster, v.memberId) : '系统',
      at: localStamp(v.at, tz), version: v.version,
    };
  }
  return {
    ledger, period: chosen === '' ? null : chosen, periods,
    fields: fields.map((f) => ({ key: f.key, label: f.label, unit: f.unit ?? null, type: f.type, personal: isPersonalField(f) })),
    units, cells,
  };
}

/** Chinese column headers: 低保户数（户）. */
export function fieldHeader(f: { label: string; unit: string | null }): string {
  return f.unit ? `${f.label}（${f.unit}）` : f.label;
}
