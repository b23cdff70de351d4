import { describePeriod } from '../domain/period.js';
import { askFieldsOf, collectionNeeds } from './collect.js';
import type { BotDeps } from './context.js';
import { fieldLabel, formatStored, unitName } from './render.js';

/** The units × fields table of a collection, from the pool ("—" where a value is missing). */
export function collectionTable(deps: BotDeps, collectionId: number): { columns: string[]; rows: string[][]; fieldKeys: string[]; units: string[] } {
  const { store } = deps;
  const c = store.collections.get(collectionId)!;
  const roster = store.roster.snapshot();
  const fields = store.fields;
  const needs = collectionNeeds(deps, collectionId);
  const fieldKeys = [...new Set(needs.map((n) => n.field))];
  const units = [...new Set(needs.map((n) => n.unit))];
  const needed = new Set(needs.map((n) => `${n.unit}\u0000${n.field}`));
  const rows = units.map((u) => [
    unitName(roster, u),
    ...fieldKeys.map((k) => {
      if (!needed.has(`${u}\u0000${k}`)) return '';
      const v = store.pool.get(u, k, c.period);
      return v ? formatStored(v, fields.get(k)) : '—';
    }),
  ]);
  return { columns: ['单位', ...fieldKeys.map((k) => fieldLabel(fields, k))], rows, fieldKeys, units };
}

/**
 * Whether the collection needs anything and the pool holds all of it: its requests' (unit, field) pairs walked in the
 * order of collectionNeeds, stopping at the first one missing (a reply checks this for every collection it touches).
 */
function everyNeedHeld(deps: BotDeps, collectionId: number, period: string | null): boolean {
  let needsAny = false;
  for (const r of deps.store.requests.inCollection(collectionId)) {
    const fields = askFieldsOf(r);
    for (const unit of r.targets) {
      for (const field of fields) {
        needsAny = true;
        if (!deps.store.pool.get(unit, field, period)) return false;
      }
    }
  }
  return needsAny;
}

/** When every need of a collection is in the pool: the table goes to the channel, once. */
export function announceIfComplete(deps: BotDeps, collectionId: number): boolean {
  const { store } = deps;
  const c = store.collections.get(collectionId);
  if (!c || c.doneAt) return false;
  if (!everyNeedHeld(deps, collectionId, c.period)) return false;
  const now = deps.clock.now();
  store.collections.markDone(collectionId, now);
  const table = collectionTable(deps, collectionId);
  const leads = [...new Set(store.requests.inCollection(collectionId).map((r) => r.memberId))];
  const title = `汇总 c${collectionId}（${describePeriod(c.period)}）已全部报齐`;
  const text = [
    `${title}，可直接使用：`,
    table.columns.join(' | '),
    ...table.rows.map((r) => r.join(' | ')),
    `导出表格：导出 c${collectionId}`,
  ].join('\n');
  deps.outbound.say({ kind: 'channel' }, { text, card: { type: 'table', title, columns: table.columns, rows: table.rows }, mentions: leads });
  store.audit.record(now, 'bot', 'collection.done', `c${collectionId}`);
  return true;
}
