// Builds a large onetable store directly with bulk inserts in one transaction: open collections with their
// requests, items, units and asks, and a data pool of up to millions of values (the scale and memory benchmarks).
import { builtinDictionary, loadRosterFile, seedDictionary } from '../../src/store/seed.js';
import { Store } from '../../src/store/store.js';
import { departmentInfo, fieldsOf, type BenchRoster } from './gen.js';
import { Random } from './random.js';

export interface BuildOptions {
  collections: number;
  values: number;
  now: Date;
  seed?: number;
}

export interface BuildInfo {
  file: string;
  collections: number;
  values: number;
  asks: number;
  collectionUnits: number;
  ms: number;
}

function monthsBack(now: Date, n: number): string[] {
  const shifted = new Date(now.getTime() + 8 * 3600_000);
  let y = shifted.getUTCFullYear(), m = shifted.getUTCMonth() + 1;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    if (--m === 0) { m = 12; y--; }
  }
  return out; // newest first
}

/**
 * Collections: periods spread over the last 12 months (the newest is "本月" at `now`), 1–4 fields of one
 * department, targets 70% 1–10 units / 25% 10–50 / 5% every reporting unit; all open (closing 3–10 days after now).
 * Pool: 30% of the current month's (unit, field) pairs, then older months, newest first, up to `values`.
 */
export function buildStore(file: string, roster: BenchRoster, o: BuildOptions): BuildInfo {
  const t0 = performance.now();
  const rnd = new Random(o.seed ?? 99);
  const store = Store.open(file);
  seedDictionary(store);
  loadRosterFile(store, roster);
  const db = store.db;
  const fields = builtinDictionary().fields;
  const units = roster.reporting.map((u) => u.id);
  const staffOf = new Map<string, string>();
  for (const m of roster.staff) if (!staffOf.has(m.unit!)) staffOf.set(m.unit!, m.id);
  const periods = monthsBack(o.now, 12);
  const nowIso = o.now.toISOString();
  const created = new Date(o.now.getTime() - 2 * 86400_000).toISOString();
  let asks = 0, collectionUnits = 0;
  db.transaction(() => {
    const insC = db.prepare(`INSERT INTO collections (period, deadline, closes_at, status, created_at) VALUES (?, ?, ?, 'open', ?)`);
    const insI = db.prepare('INSERT OR IGNORE INTO collection_items (collection_id, period, field) VALUES (?, ?, ?)');
    const insU = db.prepare('INSERT OR IGNORE INTO collection_units (collection_id, unit) VALUES (?, ?)');
    const insR = db.prepare(`INSERT INTO requests (message_id, member_id, department, title, fields, period, deadline, targets, collection_id, created_at)
      VALUES (0, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    // Asked two days ago and sent with that day's batch, as a running bot leaves them (unsent, every member's next
    // batch would list hundreds of "new" items at once: a catch-up a running store never has).
    const insA = db.prepare(`INSERT OR IGNORE INTO asks (collection_id, unit, field, period, member_id, at, sent_at) VALUES (?, ?, ?, ?, ?, ?, ?)`);
    for (let c = 0; c < o.collections; c++) {
      const lead = roster.leads[c % roster.leads.length]!;
      const dept = departmentInfo(lead.department!);
      const fs = rnd.sample(fieldsOf(dept.id), rnd.int(1, 4)).map((f) => f.key);
      const shape = rnd.next();
      const targets = shape < 0.05 ? units : rnd.sample(units, shape < 0.3 ? rnd.int(10, 50) : rnd.int(1, 10));
      const period = rnd.pick(periods);
      const deadline = new Date(o.now.getTime() + rnd.int(3, 10) * 86400_000).toISOString();
      const id = Number(insC.run(period, deadline, deadline, created).lastInsertRowid);
      for (const f of fs) insI.run(id, period, f);
      for (const u of targets) insU.run(id, u);
      collectionUnits += targets.length;
      insR.run(lead.id, dept.id, `bench c${id}`, JSON.stringify(fs), period, deadline, JSON.stringify(targets), id, created);
      // Asks for the first few targets (the rest of the triples are usually asked by another collection already).
      for (const u of targets.slice(0, 3)) for (const f of fs) asks += insA.run(id, u, f, period, staffOf.get(u) ?? 'admin', created, created).changes;
    }
    const insP = db.prepare(`INSERT OR IGNORE INTO pool (unit, field, period, value, member_id, message_id, at, version) VALUES (?, ?, ?, ?, ?, NULL, ?, 1)`);
    const insH = db.prepare(`INSERT INTO pool_history (unit, field, period, value, member_id, message_id, at, version) VALUES (?, ?, ?, ?, ?, NULL, ?, 1)`);
    let n = 0;
    const allPeriods = monthsBack(o.now, 2 + Math.ceil(o.values / (units.length * fields.length)));
    outer: for (const [pi, period] of allPeriods.entries()) {
      for (const u of units) {
        for (const [fi, f] of fields.entries()) {
          if (n >= o.values) break outer;
          if (pi === 0 && (fi * 7 + u.length * 13 + n) % 10 >= 3) continue;
          const value = JSON.stringify(f.type === 'boolean' ? true : f.type === 'integer' ? (n % 500) : f.type === 'number' ? (n % 9000) / 10 : f.type === 'enum' ? f.options?.[0] ?? '' : '无');
          insP.run(u, f.key, period, value, staffOf.get(u) ?? null, nowIso);
          insH.run(u, f.key, period, value, staffOf.get(u) ?? null, nowIso);
          n++;
        }
      }
    }
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  const info = {
    file, collections: o.collections, values: (db.prepare('SELECT count(*) AS n FROM pool').get() as { n: number }).n, asks, collectionUnits,
    ms: performance.now() - t0,
  };
  store.close();
  return info;
}
