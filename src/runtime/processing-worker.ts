// The processing worker: drains the inbox on its own thread and its own SQLite connection, so the server thread only
// stores messages and answers. Messages are processed a few at a time in one transaction, each in a savepoint of its
// own (its effects and its 'done' mark commit together, as on the server thread); a batch ends as soon as the server
// thread wants to write, so its inbox writes wait for one message at most (src/runtime/batch.ts).
import { setImmediate as nextTurn } from 'node:timers/promises';
import { writeHeapSnapshot } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import pino from 'pino';
import { systemClock } from '../bot/clock.js';
import { Bot, ProcessElsewhere } from '../bot/engine.js';
import type { Settings } from '../bot/settings.js';
import type { Address, ChatAdapter, PlatformTarget } from '../chat/contract.js';
import { Redactor, redactingLogger } from '../log/redactor.js';
import { Store } from '../store/store.js';
import { workCounts } from '../store/work-counts.js';
import { processBatch } from './batch.js';
import { WalCheckpoints } from './wal-checkpoints.js';
import { WriteTurns } from './write-turns.js';
import type { FromWorker, TargetQuery, ToWorker, WorkerData } from './processing-protocol.js';

/** Rows read at once, longest run without reading the server thread's messages, and the idle re-check. */
const ROWS = 200;
const TURN_MS = 20;
/** Longest run of messages committed together (BATCH_OF_MESSAGES): the server thread ends one sooner by wanting to write. */
const BATCH_MS = 20;
const IDLE_RECHECK_MS = 1_000;
/** Bench only: a directory to write this thread's heap snapshot to each time it goes idle after processing (bench/heap-summary.ts reads it). */
const HEAP_SNAPSHOTS = process.env.ONETABLE_HEAP_SNAPSHOT_DIR;
/**
 * How long an adapter's answers are reused. A roster or identity change on either thread clears them at once; this
 * bounds how stale an adapter's own state may be (WeChat logged in or out): as if the message had been processed
 * that much earlier.
 */
const TARGET_TTL_MS = 10_000;

const data = workerData as WorkerData;
const port = parentPort!;

const redactor = new Redactor();
redactor.register(...data.secrets);
const logger = redactingLogger(pino({ level: data.logLevel }, pino.destination(2)), redactor);
const store = Store.open(data.database);
store.writeGate = new WriteTurns(data.turns).worker();
const checkpoints = new WalCheckpoints(store.db, store.writeGate);
checkpoints.takeOver();
let settings: Settings = data.settings;
const bot = new Bot({ store, clock: systemClock, settings: () => settings, logger });

/**
 * Targets the server thread's adapters gave for addresses. The worker never waits for the server thread while it
 * holds the write lock (the server thread may be waiting for that lock to store a message): a message that needs an
 * address not known here is run, rolled back, the missing targets are asked for, and it is run again.
 */
const targets = new Map<string, PlatformTarget | null>();
const missing = new Map<string, TargetQuery>();
let targetsFrom = 0;
function targetKey(platform: string, to: Address): string {
  const address = to.kind === 'channel' ? 'channel' : to.kind === 'dm' ? `dm:${to.memberId}` : `stranger:${to.platform}:${to.userId}:${to.chatId}`;
  return `${platform}\n${address}`;
}

/** A platform adapter living on the server thread: the worker only uses its targets, the server thread sends. */
class RemoteAdapter implements ChatAdapter {
  constructor(readonly platform: string) {}
  resolve(to: Address): PlatformTarget | null {
    const key = targetKey(this.platform, to);
    if (targets.has(key)) return targets.get(key)!;
    missing.set(key, { platform: this.platform, to });
    return null;
  }
  decode(stored: PlatformTarget): PlatformTarget {
    return stored;
  }
  async start(): Promise<void> {}
  async send(): Promise<{ id: string }> {
    throw new Error('the processing worker does not send: the server thread delivers the outbox');
  }
  async stop(): Promise<void> {}
}

/** Attachments queued by the message being processed: handed to the server thread once it commits. */
const files: Array<Extract<FromWorker, { type: 'file' }>> = [];
bot.outbound.onFile = (messageId, file) => void files.push({ type: 'file', messageId, file });

/** Plugin commands, as placeholders that leave the message to the server thread. */
const placeholders = new Set<string>();
const processed: number[] = [];
bot.onProcessed((seq) => processed.push(seq));
let revisions = { roster: store.roster.revision, fields: store.fields.revision };
let stopping = false;
let wake: (() => void) | null = null;
let handedOff: ((seq: number) => void) | null = null;
let answered: ((found: Array<PlatformTarget | null>) => void) | null = null;

port.on('message', (message: ToWorker) => {
  switch (message.type) {
    case 'kick': break;
    case 'settings': settings = message.settings; break;
    case 'platforms': syncPlatforms(message.platforms); break;
    case 'commands': syncCommands(message.commands); break;
    case 'invalidate': invalidate(); break;
    case 'handedOff': handedOff?.(message.seq); break;
    case 'targets': answered?.(message.targets); break;
    case 'stop': stopping = true; break;
  }
  wake?.();
});

function send(message: FromWorker): void {
  port.postMessage(message);
}

function syncPlatforms(platforms: string[]): void {
  for (const p of bot.outbound.platforms()) if (!platforms.includes(p)) bot.outbound.detach(p);
  for (const p of platforms) if (!bot.outbound.adapter(p)) bot.outbound.attach(new RemoteAdapter(p));
}

function syncCommands(commands: Extract<ToWorker, { type: 'commands' }>['commands']): void {
  const names = new Set(commands.map((c) => c.name));
  for (const name of placeholders) {
    if (names.has(name)) continue;
    bot.deps.commands.unregister(name);
    placeholders.delete(name);
  }
  const own = new Set(bot.deps.commands.list().map((c) => c.name));
  for (const c of commands) {
    if (own.has(c.name)) continue;
    bot.deps.commands.register({
      name: c.name, pattern: new RegExp(c.source, c.flags), ...(c.roles ? { roles: c.roles } : {}),
      ...(c.refusal !== undefined ? { refusal: c.refusal } : {}), ...(c.broad ? { broad: true } : {}),
      run: () => {
        throw new ProcessElsewhere(`command ${c.name}`);
      },
    });
    placeholders.add(c.name);
  }
}

function invalidate(): void {
  store.roster.invalidate();
  store.fields.invalidate();
  revisions = { roster: store.roster.revision, fields: store.fields.revision };
  targets.clear();
}

/** Thrown inside a message's transaction to roll it back when it needed targets not known yet. */
class NeedTargets extends Error {}

/**
 * The missing targets, and for each platform missing one, the channel and every member's DM too: one round trip
 * (and one rolled-back run) then serves the messages that follow, a notice to every unit among them.
 */
function withWholeRoster(queries: TargetQuery[]): TargetQuery[] {
  const out = new Map(queries.map((q) => [targetKey(q.platform, q.to), q]));
  for (const platform of new Set(queries.map((q) => q.platform))) {
    const addresses: Address[] = [{ kind: 'channel' }, ...store.roster.snapshot().members.map((m): Address => ({ kind: 'dm', memberId: m.id }))];
    for (const to of addresses) {
      const key = targetKey(platform, to);
      if (!targets.has(key)) out.set(key, { platform, to });
    }
  }
  return [...out.values()];
}

type Stop = 'targets' | 'elsewhere';

/**
 * Processes one message inside the batch's transaction (processBatch), exactly as the server thread would, in a
 * savepoint of its own: null when done; 'targets' when it needed targets not known yet, 'elsewhere' when it must go to
 * the server thread (rolled back either way). `retry`: the same message again after its targets were asked for.
 */
function processInBatch(seq: number, retry: boolean): Stop | null {
  if (!retry && performance.now() - targetsFrom > TARGET_TTL_MS) {
    targets.clear();
    targetsFrom = performance.now();
  }
  const listened = processed.length;
  const filed = files.length;
  const wrote = { roster: store.roster.revision, fields: store.fields.revision };
  missing.clear();
  try {
    store.transaction(() => {
      bot.process(seq);
      if (missing.size) throw new NeedTargets();
    });
    return null;
  } catch (error) {
    processed.length = listened;
    files.length = filed;
    // A rolled-back run that wrote the roster or the dictionary may have cached what it wrote: those reads go.
    if (store.roster.revision !== wrote.roster) store.roster.invalidate();
    if (store.fields.revision !== wrote.fields) store.fields.invalidate();
    if (error instanceof ProcessElsewhere) return 'elsewhere';
    if (error instanceof NeedTargets) return 'targets';
    throw error;
  }
}

/**
 * Processes `seqs` from `from` on in one transaction (BATCH_OF_MESSAGES, src/runtime/batch.ts); once it commits, the
 * attachments its messages queued go to the server thread. What its messages' listeners noted is flushed later.
 */
function processSome(seqs: readonly number[], from: number, retry: boolean): { next: number; stop: Stop | null } {
  const listened = processed.length;
  files.length = 0;
  let first = true;
  try {
    const done = processBatch(store, seqs, from, (seq) => {
      const stop = processInBatch(seq, retry && first);
      first = false;
      return stop;
    }, { budgetMs: BATCH_MS, wanted: () => store.writeGate?.wanted?.() ?? false });
    for (const file of files.splice(0)) send(file);
    return done;
  } catch (error) {
    processed.length = listened;
    files.length = 0;
    throw error;
  }
}

/** Asks the server thread for the targets the last message missed (never while holding the write lock). */
async function askTargets(): Promise<void> {
  const queries = withWholeRoster([...missing.values()]);
  const found = await new Promise<Array<PlatformTarget | null>>((resolve) => {
    answered = resolve;
    send({ type: 'resolve', queries });
  });
  answered = null;
  queries.forEach((q, i) => targets.set(targetKey(q.platform, q.to), found[i] ?? null));
}

/** After a message that changed the roster or the dictionary, the server thread's cached reads go too. */
function reportWrites(): void {
  if (store.roster.revision === revisions.roster && store.fields.revision === revisions.fields) return;
  revisions = { roster: store.roster.revision, fields: store.fields.revision };
  send({ type: 'invalidate' });
}

function flush(): void {
  if (processed.length) send({ type: 'processed', seqs: processed.splice(0) });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      wake = null;
      resolve();
    }, ms);
    wake = () => {
      clearTimeout(timer);
      wake = null;
      resolve();
    };
  });
}

async function handOff(seq: number): Promise<void> {
  flush();
  const done = new Promise<void>((resolve) => {
    handedOff = (s) => {
      if (s === seq) resolve();
    };
  });
  send({ type: 'handOff', seq });
  await done;
  handedOff = null;
  // The server thread wrote with its own connection: what this one cached may be stale.
  invalidate();
}

async function run(): Promise<void> {
  // Commands, platforms and settings arrive first: let them in before the first message.
  await nextTurn();
  let turnStarted = performance.now();
  let worked = false;
  while (!stopping) {
    const rows = store.inbox.pending(ROWS);
    if (!rows.length) {
      if (HEAP_SNAPSHOTS && worked) writeHeapSnapshot(`${HEAP_SNAPSHOTS}/worker-${Date.now()}.heapsnapshot`);
      worked = false;
      send({ type: 'idle' });
      workCounts?.write();
      checkpoints.idle();
      await sleep(IDLE_RECHECK_MS);
      turnStarted = performance.now();
      continue;
    }
    worked = true;
    const seqs = rows.map((row) => row.seq);
    let retry = false;
    for (let i = 0; i < seqs.length && !stopping;) {
      const { next, stop } = processSome(seqs, i, retry);
      i = next;
      retry = stop === 'targets';
      if (stop === 'targets') {
        await askTargets();
      } else if (stop === 'elsewhere') {
        await handOff(seqs[i]!);
        i++;
      }
      checkpoints.afterCommit();
      reportWrites();
      if (performance.now() - turnStarted > TURN_MS) {
        flush();
        await nextTurn();
        turnStarted = performance.now();
      }
    }
    flush();
  }
  flush();
  store.close();
  send({ type: 'stopped' });
  port.close();
}

await run();
