import type { Hono } from 'hono';
import type { z } from 'zod';
import type { Bot } from '../bot/engine.js';
import type { Clock } from '../bot/clock.js';
import type { Logger } from '../bot/context.js';
import type { Settings } from '../bot/settings.js';
import type { ChatAdapter } from '../chat/contract.js';
import type { Job } from '../schedule/scheduler.js';
import type { Store } from '../store/store.js';

/** What a plugin may touch. Everything it registers is undone when it stops. */
export interface PluginContext {
  readonly name: string;
  readonly bot: Bot;
  readonly store: Store;
  readonly clock: Clock;
  readonly settings: () => Settings;
  readonly logger: Logger;
  /** The admin token (from ONETABLE_ADMIN_TOKEN or generated at first start), for plugin pages that need it. */
  readonly adminToken: string | null;
  /** True in replay: no network, no real platforms. */
  readonly replay: boolean;
  /** A chat adapter: started now with the bot's intake, attached to the outbox, stopped with the plugin. */
  adapter(adapter: ChatAdapter): Promise<void>;
  /** HTTP routes under a path prefix, e.g. '/lark'. Requests arrive with their full path: build the app with `new Hono().basePath(prefix)`. */
  mount(prefix: string, app: Hono): void;
  schedule(job: Job): void;
  onStop(fn: () => void | Promise<void>): void;
  /** Live state for /healthz and the console. */
  health(report: () => Record<string, unknown>): void;
}

export interface PluginDefinition<S extends z.ZodType = z.ZodType> {
  name: string;
  /** Chinese title for the console. */
  title: string;
  description: string;
  config: S;
  /** Config read from environment variables; undefined values are left to the schema's defaults. */
  fromEnv?(env: NodeJS.ProcessEnv): Record<string, unknown>;
  /** Whether the plugin runs when no admin has switched it on or off (default: true). */
  enabledByDefault?(env: NodeJS.ProcessEnv): boolean;
  /** Config keys whose values are never shown or logged. */
  secrets?: string[];
  /** Whether it runs during replay (features such as the digest do; platforms do not). */
  replay?: boolean;
  setup(ctx: PluginContext, config: z.infer<S>): void | Promise<void>;
}

export function definePlugin<S extends z.ZodType>(definition: PluginDefinition<S>): PluginDefinition<S> {
  return definition;
}
