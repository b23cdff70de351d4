import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Hono } from 'hono';
import type { z } from 'zod';
import type { Bot } from '../bot/engine.js';
import type { Clock } from '../bot/clock.js';
import { collectionQueries } from '../bot/collection-queries.js';
import { ledgerService } from '../bot/ledgers.js';
import { issueList } from '../issues.js';
import type { Logger } from '../bot/context.js';
import type { Settings } from '../bot/settings.js';
import type { ChatAdapter } from '../chat/contract.js';
import type { Scheduler } from '../schedule/scheduler.js';
import type { PluginContext, PluginDefinition, MemberSessions } from './define.js';

export type PluginStatus = 'running' | 'stopped' | 'error';

export interface PluginInfo {
  name: string;
  title: string;
  description: string;
  status: PluginStatus;
  error: string | null;
  enabled: boolean;
  config: Record<string, unknown>;
  secrets: string[];
  health: Record<string, unknown> | null;
}

export class PluginConfigError extends Error {
  constructor(readonly plugin: string, readonly issues: Array<{ path: string; message: string }>) {
    super(`${plugin}: ${issues.map((i) => `${i.path || '(config)'}: ${i.message}`).join('; ')}`);
  }
}

interface Running {
  stops: Array<() => void | Promise<void>>;
  adapters: ChatAdapter[];
  jobs: string[];
  commands: string[];
  mounts: string[];
  health: Array<() => Record<string, unknown>>;
}

export interface HostOptions {
  bot: Bot;
  clock: Clock;
  settings: () => Settings;
  logger: Logger;
  /** Web sign-in sessions (none in replay: nobody signs in). */
  memberSessions?: MemberSessions;
  /** Learns each plugin's secret values when it starts, so that logs and errors never show them. */
  redactor?: { register(...values: Array<string | undefined | null>): void; text(s: string): string };
  scheduler: Scheduler;
  env?: NodeJS.ProcessEnv;
  replay?: boolean;
  adminToken?: string;
}

/** Loads plugins, validates their config with their own schema, starts and stops them at run time. */
export class PluginHost {
  private readonly definitions = new Map<string, PluginDefinition>();
  private readonly running = new Map<string, Running>();
  private readonly errors = new Map<string, string>();
  readonly mounts = new Map<string, Hono>();
  private readonly env: NodeJS.ProcessEnv;

  constructor(private readonly options: HostOptions) {
    this.env = options.env ?? process.env;
  }

  register(definition: PluginDefinition): void {
    this.definitions.set(definition.name, definition);
  }

  /** Imports every `plugins/<name>/index.ts` (the core never imports a plugin by name). */
  async discover(dir: string): Promise<void> {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const file = ['index.ts', 'index.js'].map((f) => join(dir, entry.name, f)).find(existsSync);
      if (!file) continue;
      const mod = (await import(pathToFileURL(file).href)) as { default?: PluginDefinition };
      if (mod.default?.name) this.register(mod.default);
    }
  }

  list(): PluginInfo[] {
    return [...this.definitions.values()].map((d) => this.info(d.name)!);
  }

  info(name: string): PluginInfo | undefined {
    const d = this.definitions.get(name);
    if (!d) return undefined;
    const running = this.running.get(name);
    return {
      name, title: d.title, description: d.description,
      status: running ? 'running' : this.errors.has(name) ? 'error' : 'stopped',
      error: this.errors.get(name) ?? null,
      enabled: this.isEnabled(d),
      config: this.rawConfig(d),
      secrets: d.secrets ?? [],
      health: running ? Object.assign({}, ...running.health.map((h) => h())) : null,
    };
  }

  private redact(text: string): string {
    return this.options.redactor ? this.options.redactor.text(text) : text;
  }

  definition(name: string): PluginDefinition | undefined {
    return this.definitions.get(name);
  }

  /** Starts every enabled plugin; a failing one is reported, the others still start. */
  async startAll(): Promise<void> {
    for (const d of this.definitions.values()) {
      if (this.options.replay && !d.replay) continue;
      if (!this.isEnabled(d)) continue;
      await this.start(d.name).catch(() => undefined);
    }
  }

  async start(name: string): Promise<void> {
    const d = this.definitions.get(name);
    if (!d) throw new Error(`unknown plugin ${name}`);
    if (this.running.has(name)) return;
    this.errors.delete(name);
    let config: unknown;
    const raw = this.rawConfig(d);
    this.options.redactor?.register(...(d.secrets ?? []).map((k) => (typeof raw[k] === 'string' ? raw[k] : undefined)));
    try {
      config = this.validate(d, raw);
    } catch (error) {
      this.errors.set(name, this.redact((error as Error).message));
      throw error;
    }
    const running: Running = { stops: [], adapters: [], jobs: [], commands: [], mounts: [], health: [] };
    this.running.set(name, running);
    try {
      await d.setup(this.context(d, running), config);
      this.options.logger.info({ plugin: name }, 'plugin started');
    } catch (error) {
      await this.teardown(name, running);
      this.errors.set(name, this.redact((error as Error).message ?? String(error)));
      this.options.logger.error({ plugin: name, err: error }, 'plugin failed to start');
      throw error;
    }
  }

  async stop(name: string): Promise<void> {
    const running = this.running.get(name);
    if (running) await this.teardown(name, running);
  }

  /** The bot's settings changed: plugins that read them at setup start again with the new values. */
  async settingsChanged(): Promise<void> {
    for (const name of [...this.running.keys()]) {
      if (!this.definitions.get(name)?.restartOnSettings) continue;
      await this.stop(name);
      await this.start(name).catch(() => undefined);
    }
  }

  async stopAll(): Promise<void> {
    for (const name of [...this.running.keys()].reverse()) await this.stop(name);
  }

  /** Validates a config for a plugin: throws PluginConfigError with issues by path. */
  validate(d: PluginDefinition, raw: Record<string, unknown>): unknown {
    const result = (d.config as z.ZodType).safeParse(raw);
    if (!result.success) {
      throw new PluginConfigError(d.name, issueList(result.error));
    }
    return result.data;
  }

  /** Applies a new config and enabled flag at run time (persisted by the caller), restarting as needed. */
  async reconfigure(name: string, enabled: boolean, config: Record<string, unknown>): Promise<void> {
    const d = this.definitions.get(name);
    if (!d) throw new Error(`unknown plugin ${name}`);
    this.validate(d, config);
    await this.stop(name);
    this.overrides.set(name, { enabled, config });
    if (enabled) await this.start(name);
    else this.errors.delete(name);
  }

  private readonly overrides = new Map<string, { enabled: boolean | null; config: Record<string, unknown> }>();

  /** Persisted admin choices, loaded by the caller at start. */
  setOverride(name: string, enabled: boolean | null, config: Record<string, unknown>): void {
    this.overrides.set(name, { enabled, config });
  }

  private rawConfig(d: PluginDefinition): Record<string, unknown> {
    const fromEnv = d.fromEnv ? dropUndefined(d.fromEnv(this.env)) : {};
    return { ...fromEnv, ...(this.overrides.get(d.name)?.config ?? {}) };
  }

  private isEnabled(d: PluginDefinition): boolean {
    const o = this.overrides.get(d.name);
    if (o && o.enabled !== null) return o.enabled;
    return d.enabledByDefault ? d.enabledByDefault(this.env) : true;
  }

  private context(d: PluginDefinition, running: Running): PluginContext {
    const { bot, clock, settings, logger, scheduler } = this.options;
    const { store } = bot.deps;
    const platform = d.name;
    return {
      name: d.name, clock, settings, logger, replay: this.options.replay ?? false,
      adminToken: this.options.adminToken ?? null,
      memberSessions: this.options.memberSessions ?? NO_SESSIONS,
      intake: {
        accept: (message, raw) => bot.accept(message, raw), acceptGrouped: (message, raw) => bot.acceptGrouped(message, raw),
        archive: (message, raw) => bot.archive(message, raw) },
      outbound: { say: (to, message, options) => bot.outbound.say(to, message, options) },
      roster: {
        get revision() {
          return store.roster.revision;
        },
        snapshot: () => store.roster.snapshot(),
        member: (id) => store.roster.member(id),
      },
      identities: {
        memberOf: (externalId) => store.roster.memberByIdentity(platform, externalId),
        of: (memberId) => store.roster.identityOf(memberId, platform),
        bind: (externalId, memberId, at) => store.roster.bindIdentity(platform, externalId, memberId, at),
        unbind: (externalId) => store.roster.unbindIdentity(platform, externalId),
        all: () => store.roster.identities().filter((i) => i.platform === platform)
          .map(({ externalId, memberId, boundAt }) => ({ externalId, memberId, boundAt })),
      },
      dictionary: { all: () => store.fields.all(), get: (key) => store.fields.get(key) },
      conversation: { after: (chat, afterId, limit) => store.messages.after(chat, afterId, limit) },
      collections: collectionQueries(bot.deps),
      ledgers: ledgerService(bot.deps),
      runs: { claim: (key, at) => store.scheduleRuns.claim(key, at), has: (key) => store.scheduleRuns.has(key) },
      state: { get: (key) => store.pluginState.get(d.name, key), set: (key, value) => store.pluginState.set(d.name, key, value) },
      transaction: (fn) => store.transaction(fn),
      adapter: async (adapter) => {
        running.adapters.push(adapter);
        bot.outbound.attach(adapter);
        await adapter.start(async (message, raw) => {
          bot.accept(message, raw);
        });
      },
      command: (command) => {
        bot.deps.commands.register(command);
        running.commands.push(command.name);
      },
      mount: (prefix, app) => {
        this.mounts.set(prefix, app);
        running.mounts.push(prefix);
      },
      schedule: (job) => {
        const name = `${d.name}:${job.name}`;
        scheduler.add({ ...job, name });
        running.jobs.push(name);
      },
      onStop: (fn) => running.stops.push(fn),
      health: (report) => running.health.push(report),
    };
  }

  private async teardown(name: string, running: Running): Promise<void> {
    this.running.delete(name);
    for (const job of running.jobs) this.options.scheduler.remove(job);
    for (const command of running.commands) this.options.bot.deps.commands.unregister(command);
    for (const prefix of running.mounts) this.mounts.delete(prefix);
    for (const adapter of running.adapters) {
      this.options.bot.outbound.detach(adapter.platform);
      await adapter.stop().catch((err: unknown) => this.options.logger.warn({ err, plugin: name }, 'adapter stop failed'));
    }
    for (const fn of running.stops.reverse()) {
      await Promise.resolve(fn()).catch((err: unknown) => this.options.logger.warn({ err, plugin: name }, 'plugin stop hook failed'));
    }
  }
}

function dropUndefined(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== ''));
}

const NO_SESSIONS: MemberSessions = {
  demo: false,
  memberOf: () => null,
  signIn: () => ({ ok: false, status: 403, error: '这里不能登录' }),
  signOut: () => undefined,
};
