// The whole surface a plugin sees: its context (services, never the store or the engine) and the types and helpers
// re-exported below. Plugins import nothing else from src/ (test/layers.test.ts checks it).
import type { Context, Hono } from 'hono';
import type { z } from 'zod';
import type { Clock } from '../bot/clock.js';
import type { CollectionQueries } from '../bot/collection-queries.js';
import type { ChatCommand } from '../bot/command-registry.js';
import type { Logger } from '../bot/context.js';
import type { Intake } from '../bot/engine.js';
import type { LedgerService } from '../bot/ledgers.js';
import type { SayOptions } from '../bot/outbound.js';
import type { Settings } from '../bot/settings.js';
import type { ChatId } from '../chat/chat-id.js';
import type { Address, ChatAdapter, OutboundMessage } from '../chat/contract.js';
import type { FieldDef, Member, Roster } from '../domain/types.js';
import type { Job } from '../schedule/scheduler.js';
import type { RunKey } from '../store/keys.js';
import type { ChatLine } from '../store/messages.js';

/** The roster, read-only. `revision` changes with every write. */
export interface RosterReader {
  readonly revision: number;
  snapshot(): Roster;
  member(id: string): Member | undefined;
}

/** Roster members' accounts on the plugin's own platform (the platform named like the plugin). */
export interface PlatformIdentities {
  /** The member bound to a platform account, if any. */
  memberOf(externalId: string): string | null;
  /** A member's bound account, if any. */
  of(memberId: string): string | null;
  bind(externalId: string, memberId: string, at: Date): void;
  unbind(externalId: string): void;
  all(): Array<{ externalId: string; memberId: string; boundAt: string }>;
}

/** The field dictionary, read-only, indexed by key. */
export interface DictionaryReader {
  all(): FieldDef[];
  get(key: string): FieldDef | undefined;
}

/** JSON values the plugin keeps across restarts, under its own name. */
export interface PluginState {
  get<T>(key: string): T | undefined;
  set(key: string, value: unknown): void;
}

/** Who is speaking on the web channel: sessions opened with a one-time sign-in code (the core keeps them). */
export interface MemberSessions {
  /** True only in the demo (ONETABLE_DEMO=on on a loopback host): anyone may pick an identity. */
  readonly demo: boolean;
  /** The member signed in on this request, if any. */
  memberOf(c: Context): string | null;
  /** Redeems a one-time code (throttled per address): opens a session and sets its cookie on `c`. */
  signIn(c: Context, code: string): { ok: true; memberId: string } | { ok: false; status: 403 | 429; error: string; retryAfter?: number };
  signOut(c: Context): void;
}

/** What a plugin may use. Everything it registers is undone when it stops. */
export interface PluginContext {
  readonly name: string;
  readonly clock: Clock;
  readonly settings: () => Settings;
  readonly logger: Logger;
  /** The admin token (from ONETABLE_ADMIN_TOKEN or generated at first start), for plugin pages that need it. */
  readonly adminToken: string | null;
  /** True in replay: no network, no real platforms. */
  readonly replay: boolean;
  readonly intake: Intake;
  /** What the bot says: recorded in the conversation and queued for every adapter that can deliver it. */
  readonly outbound: { say(to: Address, message: OutboundMessage, options?: SayOptions): number };
  readonly roster: RosterReader;
  readonly memberSessions: MemberSessions;
  readonly identities: PlatformIdentities;
  readonly dictionary: DictionaryReader;
  /** The conversation as people see it: a chat's lines after a line id. */
  readonly conversation: { after(chat: ChatId, afterId: number, limit?: number): ChatLine[] };
  readonly collections: CollectionQueries;
  /** Standing ledgers (台账): their rounds, opened through the usual collection and ask path. */
  readonly ledgers: LedgerService;
  /** Scheduled sends claimed once: `claim` is true only the first time a key is claimed, across restarts. */
  readonly runs: { claim(key: RunKey, at: Date): boolean; has(key: RunKey): boolean };
  readonly state: PluginState;
  /** Runs `fn` in one transaction: all of its writes or none. */
  transaction<T>(fn: () => T): T;
  /** A chat adapter: started now with the intake, attached to the outbox, stopped with the plugin. */
  adapter(adapter: ChatAdapter): Promise<void>;
  /** A chat command of the plugin's own (its name must be unique). */
  command(command: ChatCommand): void;
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
  /** Restarted when an admin changes the bot's settings (it reads them at setup, e.g. a cron time). */
  restartOnSettings?: boolean;
  setup(ctx: PluginContext, config: z.infer<S>): void | Promise<void>;
}

export function definePlugin<S extends z.ZodType>(definition: PluginDefinition<S>): PluginDefinition<S> {
  return definition;
}

// The types and helpers plugins build with.
export type { Clock, ChatCommand, ChatLine, CollectionQueries, FieldDef, Job, Logger, Member, Roster, RunKey, SayOptions, Settings };
export type { CommandCall } from '../bot/command-registry.js';
export type { Accepted, Intake } from '../bot/engine.js';
export type { LedgerService, OpenedRound } from '../bot/ledgers.js';
export type { LedgerRecord, LedgerRound } from '../store/standing-ledgers.js';
export type { Cadence, Round, StandingLedger } from '../domain/standing-ledger.js';
export type { MissingNeed } from '../bot/collection-queries.js';
export type { Address, Card, CardField, ChatAdapter, InboundMessage, OutboundMessage, PlatformTarget } from '../chat/contract.js';
export { PermanentSendError, RetryAfterError, targetKinds } from '../chat/contract.js';
export { decodeChatId, encodeChatId, type ChatId } from '../chat/chat-id.js';
export { silentLogger } from '../bot/context.js';
export { deadlineRunKey, runKey, type DeadlineRun } from '../store/keys.js';
export { departmentName, fieldLabel, formatDeadline, hasClockTime, listNames, memberName, unitName } from '../bot/render.js';
export { renderDigest, type DigestData } from '../domain/digest.js';
export { isWorkingDay, nextAllowedDmTime } from '../domain/calendar.js';
export { describePeriod } from '../domain/period.js';
export { localParts, zonedDate } from '../domain/time.js';
export { nextCronTime } from '../schedule/cron-expr.js';
export { isAdmin, sameToken } from '../http/tokens.js';
export { issueList } from '../issues.js';
export { RateLimiter, readJsonBody, requireJson, tooMany } from '../http/guards.js';
export { SendQuota, type Rate } from '../chat/send-quota.js';
