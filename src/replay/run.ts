// Replays a scenario through the same engine a live channel uses, on a virtual clock and a fresh store.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { VirtualClock } from '../bot/clock.js';
import { batchJob } from '../bot/batches.js';
import { Bot } from '../bot/engine.js';
import { isLedgerMember } from '../bot/ledgers.js';
import { resolveSettings, settingsSchema } from '../bot/settings.js';
import { formatZoned } from '../domain/time.js';
import { PluginHost } from '../plugins/host.js';
import { boundHeapGrowth } from '../runtime/heap-growth.js';
import { VirtualScheduler } from '../schedule/virtual.js';
import { builtinDictionary, withBuiltinChecks } from '../store/seed.js';
import type { RequestRecord } from '../store/requests.js';
import { Store } from '../store/store.js';
import { counted, workCounts } from '../store/work-counts.js';
import { bracketPath, issueLines } from '../issues.js';
import { replayOutputSchema, scenarioSchema, type ReplayOutput, type Scenario } from './schema.js';

export class ScenarioError extends Error {}

const PLUGINS_DIR = fileURLToPath(new URL('../../plugins/', import.meta.url));

export function loadScenario(file: string): Scenario {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ScenarioError(`${file}: ${(error as Error).message}`);
  }
  const parsed = scenarioSchema.safeParse(raw);
  if (!parsed.success) throw new ScenarioError(issueLines(parsed.error));
  checkReferences(parsed.data);
  return parsed.data;
}

function checkReferences(s: Scenario): void {
  const members = new Set(s.members.map((m) => m.id));
  const units = new Set(s.units.map((u) => u.id));
  const departments = new Set(s.departments.map((d) => d.id));
  const fail = (path: Array<string | number>, message: string): never => {
    throw new ScenarioError(`${bracketPath(path)}: ${message}`);
  };
  s.units.forEach((u, i) => u.parent && !units.has(u.parent) && fail(['units', i, 'parent'], `unknown unit "${u.parent}"`));
  s.members.forEach((m, i) => {
    if (m.unit && !units.has(m.unit)) fail(['members', i, 'unit'], `unknown unit "${m.unit}"`);
    if (m.department && !departments.has(m.department)) fail(['members', i, 'department'], `unknown department "${m.department}"`);
    m.serves?.forEach((d, j) => !departments.has(d) && fail(['members', i, 'serves', j], `unknown department "${d}"`));
  });
  let previous = Date.parse(s.start);
  s.events.forEach((e, i) => {
    if ('from' in e && !members.has(e.from)) fail(['events', i, 'from'], `unknown member "${e.from}"`);
    const at = Date.parse(e.at);
    if (at < previous) fail(['events', i, 'at'], `out of order: ${e.at} is before the previous event (or the start)`);
    previous = at;
  });
  if (s.end && Date.parse(s.end) < previous) fail(['end'], 'is before the last event');
  const fields = new Set([...builtinDictionary().fields.map((f) => f.key), ...s.fields.map((f) => f.key)]);
  const ledgerIds = new Set<string>();
  s.ledgers.forEach((l, i) => {
    if (ledgerIds.has(l.id)) fail(['ledgers', i, 'id'], `duplicate ledger "${l.id}"`);
    ledgerIds.add(l.id);
    if (!departments.has(l.department)) fail(['ledgers', i, 'department'], `unknown department "${l.department}"`);
    l.fields.forEach((f, j) => !fields.has(f) && fail(['ledgers', i, 'fields', j], `unknown field "${f}"`));
    l.targets?.forEach((u, j) => !units.has(u) && fail(['ledgers', i, 'targets', j], `unknown unit "${u}"`));
  });
  const settings = settingsSchema.partial().safeParse(s.settings);
  if (!settings.success) throw new ScenarioError(issueLines(settings.error).split('\n').map((l) => `settings.${l}`).join('\n'));
}

export async function replay(scenario: Scenario): Promise<ReplayOutput> {
  // The heap is mostly garbage between collections: the store and the output it builds are what stays (phase 19).
  boundHeapGrowth();
  const tz = scenario.timezone;
  const settings = resolveSettings({ timezone: tz, ...(scenario.botName ? { botName: scenario.botName } : {}) }, scenario.settings);
  const store = Store.open(':memory:');
  try {
    store.transaction(() => {
      store.fields.load(builtinDictionary(), 'builtin');
      store.fields.load({ fields: withBuiltinChecks(scenario.fields) }, 'scenario');
      store.roster.load(scenario);
      const since = new Date(scenario.start);
      for (const l of scenario.ledgers) {
        store.standingLedgers.save({ ...l, targets: l.targets ?? null, since, source: 'scenario', createdAt: since });
      }
    });
    const clock = new VirtualClock(new Date(scenario.start));
    // Jobs whose next time reads the store are asked again only when what they read changes (or their time comes).
    const scheduler = new VirtualScheduler(clock, tz, { reads: store, settings: () => settings });
    const bot = new Bot({ store, clock, settings: () => settings });
    scheduler.add(batchJob(bot.deps));
    const host = new PluginHost({
      bot, clock, settings: () => settings, scheduler, replay: true, env: {},
      logger: { info() {}, warn: (o, m) => console.error(m ?? '', o), error: (o, m) => console.error(m ?? '', o) },
    });
    await host.discover(PLUGINS_DIR);
    await host.startAll();

    const eventOfSeq = new Map<number, number>();
    for (const [index, event] of scenario.events.entries()) {
      const advancing = performance.now();
      await scheduler.advanceTo(new Date(event.at));
      workCounts?.add('virtual clock: advance to the event', performance.now() - advancing);
      if (!('from' in event)) continue;
      // One transaction an event: ingesting and processing nest in it as they would on their own (processing that
      // fails rolls back to its savepoint and marks the row failed, as it does alone).
      store.transaction(() => {
        const seq = counted('ingest (inbox + line)', () => bot.ingest({
          platform: 'replay', id: `e${index}`, chat: { kind: event.in, id: event.in === 'channel' ? 'channel' : event.from },
          sender: { platformUserId: event.from }, text: event.text, mentionsBot: event.text.includes(`@${settings.botName}`),
          at: new Date(event.at),
        }));
        if (seq === null) return;
        eventOfSeq.set(seq, index);
        bot.process(seq);
      });
    }
    if (scenario.end) await scheduler.advanceTo(new Date(scenario.end));
    await host.stopAll();
    const output = counted('replay output: build', () => buildOutput(store, tz, eventOfSeq));
    return counted('replay output: schema check', () => replayOutputSchema.parse(output));
  } finally {
    store.close();
  }
}

function buildOutput(store: Store, tz: string, eventOfSeq: Map<number, number>): ReplayOutput {
  // Asks made together share their times: each instant is formatted once.
  const formatted = new Map<number, string>();
  const at = (d: Date): string => {
    let text = formatted.get(d.getTime());
    if (text === undefined) formatted.set(d.getTime(), (text = formatZoned(d, tz)));
    return text;
  };
  const eventOfLine = (lineId: number | null): number | null => {
    if (lineId === null) return null;
    const seq = store.messages.get(lineId)?.inboxSeq;
    return seq != null ? eventOfSeq.get(seq) ?? null : null;
  };
  // A ledger's own request for a round is not a message anyone posted: its collection carries `ledger` instead.
  const active = store.requests.all().filter((r) => (r.status === 'active' || r.status === 'pending') && !isLedgerMember(r.memberId));
  // A notice that asks for several periods is stored as one request per period; it is one request of its message.
  // (so is one whose items go to different units, ITEM_TARGETS in bot/requests.ts: its parts' items and units are shown together)
  const firstOfMessage = new Map<number, RequestRecord>();
  const periodsOf = new Map<number, Array<string | null>>();
  const partsOf = new Map<number, RequestRecord[]>();
  for (const r of active) {
    if (!firstOfMessage.has(r.messageId)) firstOfMessage.set(r.messageId, r);
    const known = periodsOf.get(r.messageId) ?? [];
    if (!known.includes(r.period)) periodsOf.set(r.messageId, [...known, r.period]);
    if (r.period === firstOfMessage.get(r.messageId)!.period) partsOf.set(r.messageId, [...(partsOf.get(r.messageId) ?? []), r]);
  }
  const union = <T,>(lists: T[][]): T[] => [...new Set(lists.flat())];
  const rosterOrder = new Map(store.roster.snapshot().units.map((u, i) => [u.id, i]));
  const orderedUnits = (ids: string[]): string[] => [...ids].sort((a, b) => (rosterOrder.get(a) ?? 0) - (rosterOrder.get(b) ?? 0));
  const requests = [...firstOfMessage.values()];
  const shownId = (r: RequestRecord): string => `r${firstOfMessage.get(r.messageId)!.id}`;
  const collections = store.collections.all()
    .map((c) => ({ c, members: active.filter((r) => r.collectionId === c.id), ledger: store.standingLedgers.roundOfCollection(c.id)?.ledgerId }))
    .filter((x) => x.members.length || x.ledger);
  const bot = store.messages.botLines();
  const asks = store.asks.timeline();
  const historyOf = store.pool.historyCounts();
  return {
    requests: requests.map((r) => {
      const periods = periodsOf.get(r.messageId)!;
      const parts = partsOf.get(r.messageId)!;
      return {
        id: `r${r.id}`, event: eventOfLine(r.messageId) ?? -1, department: r.department, title: r.title, fields: parts.length > 1 ? union(parts.map((p) => p.fields)) : r.fields,
        newFields: (parts.length > 1 ? parts.flatMap((p) => p.newFields) : r.newFields).map((f) => ({ label: f.label, type: f.type })), period: r.period,
        ...(periods.length > 1 ? { periods: periods.filter((p): p is string => p !== null) } : {}),
        deadline: r.deadline ? at(r.deadline) : null, targets: parts.length > 1 ? orderedUnits(union(parts.map((p) => p.targets))) : r.targets, collection: r.collectionId ? `c${r.collectionId}` : null,
      };
    }),
    collections: collections.map(({ c, members, ledger }) => ({
      id: `c${c.id}`, requests: [...new Set(members.map(shownId))], fields: c.fields, period: c.period,
      deadline: c.deadline ? at(c.deadline) : null, targets: c.units, ...(ledger ? { ledger } : {}),
    })),
    asks: asks.map((a) => ({
      at: at(a.at), member: a.memberId, unit: a.unit, field: a.field, period: a.period, sentAt: a.sentAt ? at(a.sentAt) : null,
    })),
    values: store.pool.all().map((v) => ({
      unit: v.unit, field: v.field, period: v.period, value: v.value, member: v.memberId, event: eventOfLine(v.messageId),
      history: historyOf(v.unit, v.field, v.period), ...(v.approximate ? { approximate: true } : {}),
    })),
    messages: bot.map((m) => ({ at: at(m.at), to: m.chat, text: m.text })),
    digests: bot.filter((m) => m.cardType === 'digest').map((m) => ({ at: at(m.at), text: m.text })),
    stats: {
      requests: requests.length,
      collections: collections.length,
      asks: asks.length,
      asksAvoided: store.counters.get('asksAvoided'),
      valuesCollected: store.pool.count(),
      valuesReused: store.counters.get('valuesReused'),
    },
  };
}
