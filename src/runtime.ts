// Wires the live bot: store, settings, engine, scheduler, plugins, HTTP server, outbox delivery.
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import type { Hono } from 'hono';
import pino from 'pino';
import { systemClock, type Clock } from './bot/clock.js';
import type { Logger } from './bot/context.js';
import { Dispatcher, type DispatcherOptions } from './bot/dispatcher.js';
import { Bot } from './bot/engine.js';
import { batchJob } from './bot/batches.js';
import { resolveSettings, type Settings } from './bot/settings.js';
import { ConfigError, type Config } from './config.js';
import { MIN_TOKEN_LENGTH } from './http/tokens.js';
import { tokenFingerprint } from './server/auth/admin-session.js';
import { isLoopbackHost, memberSessions } from './server/auth/member-session.js';
import { PluginHost } from './plugins/host.js';
import { rosterFileSchema } from './replay/schema.js';
import { issueLines } from './issues.js';
import { createApp } from './server/app.js';
import type { Core } from './server/admin/core.js';
import { boundHeapGrowth } from './runtime/heap-growth.js';
import { ProcessingWorker } from './runtime/processing.js';
import { LiveScheduler } from './schedule/live.js';
import { DATA_DIR, loadRosterFile, seedDictionary } from './store/seed.js';
import { StoreIntegrityError } from './store/db.js';
import { Store } from './store/store.js';
import { RunLock } from './store/run-lock.js';
import { Redactor, redactingLogger } from './log/redactor.js';
import { writePrivateFile } from './store/file-modes.js';
import { SecretBox } from './store/secret-box.js';

export const PLUGINS_DIR = fileURLToPath(new URL('../plugins/', import.meta.url));

export interface Onetable extends Core {
  app: Hono;
  url: string;
  close(): Promise<void>;
}

export interface StartOptions {
  env?: NodeJS.ProcessEnv;
  clock?: Clock;
  logger?: Logger;
  dispatcher?: DispatcherOptions;
  /** Extra core routes (admin API and pages register here). */
  extend?: (app: Hono, core: Core) => void;
  listen?: boolean;
}

export async function startOnetable(config: Config, options: StartOptions = {}): Promise<Onetable> {
  // Before the processing worker's isolate exists; the flag is read at each collection, so the HTTP thread's heap too.
  boundHeapGrowth();
  // Held until close: a second bot, or a restore, on this database is refused while this one runs.
  const lock = config.database === ':memory:' ? null : RunLock.acquire(config.database, 'start another onetable on it');
  try {
    return await startLocked(config, options, lock);
  } catch (error) {
    lock?.release();
    throw error;
  }
}

async function startLocked(config: Config, options: StartOptions, lock: RunLock | null): Promise<Onetable> {
  const env = options.env ?? process.env;
  const clock = options.clock ?? systemClock;
  // Every secret onetable learns is registered; whatever is logged is searched for them, errors included.
  const redactor = new Redactor();
  redactor.register(config.adminToken, config.webToken, config.secretKey);
  const logger: Logger = redactingLogger(options.logger ?? pino({ level: config.logLevel }, pino.destination(2)), redactor);
  const store = openStore(config.database);
  seedDictionary(store);
  loadRoster(store, config, logger);

  let settings = resolveSettings(config.settings, store.settings.all().settings as Record<string, unknown> | undefined);
  // Without PUBLIC_URL, links in chat use the address this server listens on (known once it listens).
  let listenUrl = '';
  const getSettings = (): Settings => (settings.publicUrl || !listenUrl ? settings : { ...settings, publicUrl: listenUrl });
  const bot = new Bot({ store, clock, settings: getSettings, logger });
  const scheduler = new LiveScheduler(clock, settings.timezone, (job, err) => logger.error({ job, err }, 'scheduled job failed'));
  scheduler.add(batchJob(bot.deps));
  const adminToken = config.adminToken ?? ensureAdminToken(config, logger);
  redactor.register(adminToken);
  // A new admin token (rotated in the file or the environment) ends every console session opened with the old one.
  store.sessions.revokeAll('admin', { exceptSubject: tokenFingerprint(adminToken) });
  const sessions = memberSessions({
    store, clock, demo: config.demo === 'on' && isLoopbackHost(config.host),
    https: (c) => new URL(c.req.url).protocol === 'https:' || (getSettings().publicUrl ?? '').startsWith('https:'),
  });
  const host = new PluginHost({ bot, clock, settings: getSettings, logger, scheduler, env, adminToken, redactor, memberSessions: sessions });
  await host.discover(PLUGINS_DIR);
  const secrets = config.database === ':memory:'
    ? SecretBox.fromText(randomBytes(32).toString('base64url'))
    : SecretBox.load(config.secretKey, join(dirname(config.database), 'secret-key'));
  for (const p of host.list()) {
    const saved = store.plugins.get(p.name);
    if (!saved) continue;
    // Secrets saved in plain text before sealing existed are sealed now.
    const sealed = secrets.sealKeys(saved.config, host.definition(p.name)?.secrets ?? []);
    if (JSON.stringify(sealed) !== JSON.stringify(saved.config)) store.plugins.save(p.name, { config: sealed }, clock.now());
    host.setOverride(p.name, saved.enabled, secrets.openAll(sealed));
  }
  const dispatcher = new Dispatcher(bot.deps, options.dispatcher);
  const core: Core = {
    config, store, bot, host, settings: getSettings, dispatcher, adminToken, secrets,
    updateSettings(patch: Record<string, unknown>): Settings {
      const next = resolveSettings(config.settings, store.settings.all().settings as Record<string, unknown> | undefined, patch);
      store.settings.set('settings', { ...(store.settings.all().settings as Record<string, unknown> | undefined), ...patch });
      settings = next;
      processing?.sync();
      return next;
    },
  };
  const hostNames = (): string[] => {
    const publicUrl = getSettings().publicUrl;
    return [config.host, ...config.hosts, ...(publicUrl ? [new URL(publicUrl).hostname] : [])];
  };
  const app = createApp({ bot, host, startedAt: clock.now(), bodyLimitBytes: config.bodyLimitBytes, hostNames, extend: options.extend ? (a) => options.extend!(a, core) : undefined });
  await host.startAll();
  // Off the HTTP thread unless a test drives the clock (a worker has only the system clock) or the store is in memory.
  const processing = config.processing === 'worker' && config.database !== ':memory:' && !options.clock
    ? new ProcessingWorker({
      bot, database: config.database, settings: getSettings, logLevel: config.logLevel, logger,
      secrets: [adminToken, config.webToken, config.secretKey],
    })
    : null;
  bot.useProcessor(processing);
  scheduler.start();
  dispatcher.start();
  void bot.kick();

  let server: ServerType | null = null;
  let url = '';
  if (options.listen !== false) {
    server = await new Promise<ServerType>((resolve) => {
      const s = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, () => resolve(s));
    });
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
    listenUrl = url;
    processing?.sync();
    logger.info({ url }, 'onetable is listening');
  }

  return {
    ...core, app, url,
    async close() {
      dispatcher.stop();
      await scheduler.stop();
      await host.stopAll();
      if (server) await new Promise<void>((resolve) => server!.close(() => resolve()));
      await bot.idle().catch(() => undefined);
      await processing?.close();
      store.close();
      lock?.release();
    },
  };
}

/** Opens the database after SQLite's quick_check; a damaged file stops the start with a message that says what to do. */
function openStore(file: string): Store {
  try {
    return Store.open(file, { checkIntegrity: true });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') {
      throw new StoreIntegrityError(
        `The database ${file} is damaged (${(error as Error).message}). Restore it from a backup: npm run cli -- restore BACKUP_FILE`,
      );
    }
    throw error;
  }
}

function loadRoster(store: Store, config: Config, logger: Logger): void {
  const file = config.roster ?? (config.demo === 'on' && store.roster.isEmpty() ? join(DATA_DIR, 'demo', 'roster.json') : undefined);
  if (!file) return;
  if (!existsSync(file)) throw new Error(`ONETABLE_ROSTER: file not found: ${file}`);
  const parsed = rosterFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`ONETABLE_ROSTER ${file}:\n${issueLines(parsed.error)}`);
  loadRosterFile(store, parsed.data);
  if (parsed.data.botName) store.settings.set('settings', { ...(store.settings.all().settings as object | undefined), botName: parsed.data.botName });
  logger.info({ file, members: parsed.data.members.length }, 'roster loaded');
}

/** The admin token: from ONETABLE_ADMIN_TOKEN, else generated once and kept beside the database. */
function ensureAdminToken(config: Config, logger: Logger): string {
  const file = join(config.database === ':memory:' ? DATA_DIR : dirname(config.database), 'admin-token');
  if (existsSync(file)) {
    const token = readFileSync(file, 'utf8').trim();
    if (token.length < MIN_TOKEN_LENGTH) {
      throw new ConfigError(`${file}: the admin token must be at least ${MIN_TOKEN_LENGTH} characters (it has ${token.length}); `
        + 'put a longer one in the file, or delete the file and a new token is generated at the next start');
    }
    chmodSync(file, 0o600);
    return token;
  }
  const token = randomBytes(24).toString('base64url');
  writePrivateFile(file, `${token}\n`);
  logger.info({ file }, 'generated an admin token; it is stored in this file');
  return token;
}
