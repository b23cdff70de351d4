// A real bot over a real SQLite file in a temp folder, on a virtual clock: what the engine and job tests drive.
import { afterEach, beforeEach } from 'vitest';
import { z } from 'zod';
import { join } from 'node:path';
import { VirtualClock } from '../../src/bot/clock.js';
import { silentLogger } from '../../src/bot/context.js';
import { Bot } from '../../src/bot/engine.js';
import { resolveSettings, type Settings } from '../../src/bot/settings.js';
import type { InboundMessage } from '../../src/chat/contract.js';
import { definePlugin, type PluginContext } from '../../src/plugins/define.js';
import { PluginHost } from '../../src/plugins/host.js';
import { VirtualScheduler } from '../../src/schedule/virtual.js';
import type { ChatLine } from '../../src/store/messages.js';
import { seedDictionary } from '../../src/store/seed.js';
import { Store } from '../../src/store/store.js';
import { BOT_NAME, roster } from './roster.js';
import { tempDir } from './temp.js';

export interface HarnessOptions {
  /** Local time the virtual clock starts at (default Monday 2026-11-23 08:00 Shanghai). */
  start?: string;
  settings?: Record<string, unknown>;
  /** Reuse an existing database file (a restart). */
  file?: string;
  /** Skip loading the roster (it is already in the reopened file). */
  seed?: boolean;
}

export interface Sent {
  seq: number | null;
  lineId: number | undefined;
  /** What the bot said while handling it (any chat). */
  out: ChatLine[];
}

export class Harness {
  readonly store: Store;
  readonly clock: VirtualClock;
  readonly bot: Bot;
  settings: Settings;
  private counter = 0;

  constructor(readonly file: string, options: HarnessOptions = {}) {
    this.store = Store.open(file);
    if (options.seed !== false) {
      seedDictionary(this.store);
      this.store.roster.load(roster);
    }
    // Asks go out at once unless a test turns batches on (test/bot/batches*.test.ts do): other tests see each ask's DM.
    this.settings = resolveSettings({ botName: BOT_NAME, askBatches: [] }, options.settings);
    this.clock = new VirtualClock(new Date(options.start ?? '2026-11-23T08:00:00+08:00'));
    this.bot = new Bot({ store: this.store, clock: this.clock, settings: () => this.settings });
  }

  /** Moves the clock, stores the message like an adapter would, processes it, and returns what the bot said. */
  send(from: string, where: 'channel' | 'dm', text: string, options: { at?: string; id?: string; platform?: string; mention?: boolean } = {}): Sent {
    if (options.at) this.clock.set(new Date(options.at));
    const before = this.lastMessageId();
    const message: InboundMessage = {
      platform: options.platform ?? 'web', id: options.id ?? `m${++this.counter}-${Date.now()}`,
      chat: { kind: where, id: where === 'channel' ? 'channel' : from }, sender: { platformUserId: from }, text,
      mentionsBot: options.mention ?? text.includes(`@${BOT_NAME}`), at: this.clock.now(),
    };
    const seq = this.bot.ingest(message);
    if (seq !== null) this.bot.process(seq);
    return { seq, lineId: seq === null ? undefined : this.bot.lineOf(seq), out: this.botSaidSince(before) };
  }

  lastMessageId(): number {
    return (this.store.db.prepare('SELECT coalesce(max(id), 0) AS n FROM messages').get() as { n: number }).n;
  }

  botSaidSince(id: number): ChatLine[] {
    return this.store.messages.fromBot().filter((m) => m.id > id);
  }

  close(): void {
    this.store.close();
  }
}

/** The 民政局 monthly social-assistance notice of the public scenario (低保户数、低保人数 for every town and street). */
export const DIBAO_REQUEST = '【区民政局】请各镇街于11月26日前报送本月低保户数、低保人数。';

/**
 * A fresh harness where 朱沱镇's clerk reported 120 低保户 for October and the 民政局 has just asked for November's
 * 低保户数 and 低保人数 (DIBAO_REQUEST): the setting of replies that lean on last month's figure.
 */
export function useHarnessWithLastMonth(): () => Harness {
  const harness = useHarness();
  beforeEach(() => {
    const h = harness();
    const at = new Date('2026-10-28T10:00:00+08:00');
    h.store.pool.put({ unit: 'zhutuo', field: 'dibao_households', period: '2026-10', value: 120, memberId: 'zt_jz', messageId: null, at });
    h.send('lead_mz', 'channel', DIBAO_REQUEST, { at: '2026-11-23T10:00:00+08:00' });
  });
  return harness;
}

/** A fresh harness on its own temp file for each test: `const bot = useHarness(); … bot().send(…)`. */
export function useHarness(options: HarnessOptions = {}): () => Harness {
  let tmp: ReturnType<typeof tempDir> | null = null;
  let h: Harness | null = null;
  beforeEach(() => {
    tmp = tempDir();
    h = new Harness(join(tmp.dir, 'bot.db'), options);
  });
  afterEach(() => {
    h?.close();
    tmp?.remove();
  });
  return () => h!;
}

/** The context a plugin of that name gets on this harness's bot (through a real host), to drive its jobs directly. */
export async function pluginContext(h: Harness, name: string): Promise<PluginContext> {
  let captured: PluginContext | null = null;
  const host = new PluginHost({
    bot: h.bot, clock: h.clock, settings: () => h.settings, logger: silentLogger, scheduler: new VirtualScheduler(h.clock, h.settings.timezone), env: {},
  });
  host.register(definePlugin({ name, title: name, description: name, config: z.object({}), setup: (ctx) => void (captured = ctx) }));
  await host.start(name);
  return captured!;
}
