// The server thread's side of the processing worker: starts it, wakes it when a message is stored, answers its
// questions (platform targets) and keeps the attachments it queues, runs the messages it hands back (plugin commands), and keeps both threads' cached
// reads, settings, platforms and commands in step. Should the worker fail, processing falls back to this thread.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { PlatformTarget } from '../chat/contract.js';
import type { Logger } from '../bot/context.js';
import type { Bot, InboxProcessor } from '../bot/engine.js';
import type { Settings } from '../bot/settings.js';
import { workerResourceLimits } from './heap-growth.js';
import { WriteTurns } from './write-turns.js';
import type { CommandShape, FromWorker, TargetQuery, ToWorker, WorkerData } from './processing-protocol.js';

/** How often the server thread checks whether the worker must hear of a change (settings, plugins, roster edits). */
const SYNC_MS = 200;
const STOP_TIMEOUT_MS = 10_000;
/** SQLite's default: checkpoint when the WAL passes 1,000 pages. */
const DEFAULT_AUTOCHECKPOINT = 1_000;

export interface ProcessingOptions {
  bot: Bot;
  database: string;
  settings: () => Settings;
  logLevel: string;
  secrets: Array<string | undefined>;
  logger: Logger;
}

export class ProcessingWorker implements InboxProcessor {
  private readonly worker: Worker;
  private readonly timer: NodeJS.Timeout;
  private readonly turns = new WriteTurns();
  private waiters: Array<() => void> = [];
  private busy = false;
  private kickedWhileBusy = false;
  private failed = false;
  private readonly exited: Promise<void>;
  private sent = { settings: '', platforms: '', commands: '', roster: -1, fields: -1 };

  constructor(private readonly o: ProcessingOptions) {
    const data: WorkerData = {
      database: o.database, settings: o.settings(), logLevel: o.logLevel, secrets: o.secrets.filter((s): s is string => !!s),
      turns: this.turns.buffer,
    };
    o.bot.store.writeGate = this.turns.server();
    // WAL checkpoints are the worker's, between its messages (wal-checkpoints.ts), never in the middle of storing a
    // message and answering it.
    o.bot.store.db.pragma('wal_autocheckpoint = 0');
    const resourceLimits = workerResourceLimits();
    this.worker = startWorker({ workerData: data, ...(resourceLimits ? { resourceLimits } : {}) });
    this.worker.on('message', (message: FromWorker) => this.receive(message));
    this.exited = new Promise((resolve) => this.worker.once('exit', () => resolve()));
    this.worker.on('error', (err) => this.fallBack(err));
    this.worker.once('exit', (code) => {
      if (!this.stopping) this.fallBack(new Error(`the processing worker exited (${code})`));
    });
    this.sync();
    this.timer = setInterval(() => this.sync(), SYNC_MS);
    this.timer.unref();
  }

  private stopping = false;

  kick(): Promise<void> {
    const idle = new Promise<void>((resolve) => this.waiters.push(resolve));
    if (this.busy) this.kickedWhileBusy = true;
    else {
      // What changed since the last sync reaches the worker before the message it is woken for.
      this.sync();
      this.post({ type: 'kick' });
    }
    this.busy = true;
    return idle;
  }

  /** Lets the worker finish the message it is on, then stops it (pending messages stay for the next start). */
  async close(): Promise<void> {
    this.stopping = true;
    clearInterval(this.timer);
    if (!this.failed) {
      this.post({ type: 'stop' });
      const timeout = setTimeout(() => void this.worker.terminate(), STOP_TIMEOUT_MS);
      await this.exited;
      clearTimeout(timeout);
    }
    this.o.bot.store.writeGate = null;
    this.o.bot.store.db.pragma(`wal_autocheckpoint = ${DEFAULT_AUTOCHECKPOINT}`);
    this.turns.release();
    this.release();
  }

  /** Tells the worker what changed on this thread since it last heard. */
  sync(): void {
    if (this.failed) return;
    const { bot } = this.o;
    const settings = JSON.stringify(this.o.settings());
    if (settings !== this.sent.settings) {
      this.sent.settings = settings;
      this.post({ type: 'settings', settings: this.o.settings() });
    }
    const platforms = bot.outbound.platforms();
    if (platforms.join('\n') !== this.sent.platforms) {
      this.sent.platforms = platforms.join('\n');
      this.post({ type: 'platforms', platforms });
    }
    const commands: CommandShape[] = bot.deps.commands.list().map((c) => ({
      name: c.name, source: c.pattern.source, flags: c.pattern.flags,
      ...(c.roles ? { roles: c.roles } : {}), ...(c.refusal !== undefined ? { refusal: c.refusal } : {}), ...(c.broad ? { broad: true } : {}),
    }));
    const shapes = JSON.stringify(commands);
    if (shapes !== this.sent.commands) {
      this.sent.commands = shapes;
      this.post({ type: 'commands', commands });
    }
    const { roster, fields } = bot.store;
    if (this.sent.roster !== -1 && (roster.revision !== this.sent.roster || fields.revision !== this.sent.fields)) this.post({ type: 'invalidate' });
    this.sent.roster = roster.revision;
    this.sent.fields = fields.revision;
  }

  private post(message: ToWorker): void {
    this.worker.postMessage(message);
  }

  private receive(message: FromWorker): void {
    const { bot } = this.o;
    switch (message.type) {
      case 'processed':
        bot.processedElsewhere(message.seqs);
        break;
      case 'idle':
        if (this.kickedWhileBusy) {
          this.kickedWhileBusy = false;
          this.post({ type: 'kick' });
        } else {
          this.busy = false;
          this.release();
        }
        break;
      case 'handOff':
        this.forgetCachedReads();
        bot.process(message.seq);
        this.sync();
        this.post({ type: 'handedOff', seq: message.seq });
        break;
      case 'invalidate':
        this.forgetCachedReads();
        break;
      case 'resolve':
        this.post({ type: 'targets', targets: message.queries.map((q) => this.resolve(q)) });
        break;
      case 'file':
        bot.outbound.keepFile(message.messageId, message.file);
        break;
      case 'stopped':
        break;
    }
  }

  /** The worker wrote with its own connection: this thread's cached roster and dictionary go (not echoed back). */
  private forgetCachedReads(): void {
    const { roster, fields } = this.o.bot.store;
    roster.invalidate();
    fields.invalidate();
    this.sent.roster = roster.revision;
    this.sent.fields = fields.revision;
  }

  private resolve(query: TargetQuery): PlatformTarget | null {
    try {
      return this.o.bot.outbound.adapter(query.platform)?.resolve(query.to) ?? null;
    } catch (err) {
      this.o.logger.warn({ err, platform: query.platform }, 'an adapter could not resolve an address');
      return null;
    }
  }

  private fallBack(err: unknown): void {
    if (this.failed) return;
    this.failed = true;
    clearInterval(this.timer);
    this.o.bot.store.writeGate = null;
    this.o.bot.store.db.pragma(`wal_autocheckpoint = ${DEFAULT_AUTOCHECKPOINT}`);
    this.turns.release();
    this.o.logger.error({ err }, 'the processing worker stopped; processing inbound messages on the server thread');
    this.o.bot.useProcessor(null);
    this.forgetCachedReads();
    this.release();
    void this.o.bot.kick();
  }

  private release(): void {
    for (const resolve of this.waiters.splice(0)) resolve();
  }
}

/** tsx's ESM API (the CommonJS one cannot register the loader in a worker), found from this file. */
function tsxApi(): string {
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
  const exports = (JSON.parse(readFileSync(manifest, 'utf8')) as { exports: Record<string, { import: { default: string } }> }).exports;
  return pathToFileURL(join(dirname(manifest), exports['./esm/api']!.import.default)).href;
}

function startWorker(options: WorkerOptions): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./processing-worker.js', import.meta.url), options);
  // The sources run through tsx (npm start, tests), whose loader a worker does not inherit: it registers tsx itself.
  const entry = new URL('./processing-worker.ts', import.meta.url).href;
  const code = `import(${JSON.stringify(tsxApi())}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(code, { ...options, eval: true });
}
