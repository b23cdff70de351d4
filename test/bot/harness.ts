// A real bot over a real SQLite file in a temp folder, on a virtual clock: what the engine and job tests drive.
import { mkdtempSync, rmSync } from 'node:fs';
import { afterEach, beforeEach } from 'vitest';
import { z } from 'zod';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VirtualClock } from '../../src/bot/clock.js';
import { silentLogger } from '../../src/bot/context.js';
import { Bot } from '../../src/bot/engine.js';
import { resolveSettings, type Settings } from '../../src/bot/settings.js';
import type { InboundMessage } from '../../src/chat/contract.js';
import { definePlugin, type PluginContext } from '../../src/plugins/define.js';
import { PluginHost } from '../../src/plugins/host.js';
import { VirtualScheduler } from '../../src/schedule/virtual.js';
import type { Roster } from '../../src/domain/types.js';
import type { ChatLine } from '../../src/store/messages.js';
import { seedDictionary } from '../../src/store/seed.js';
import { Store } from '../../src/store/store.js';

export const BOT_NAME = '报数助手';

/** Modelled on the public 永川 scenario: four departments, six towns and streets, one staff member per line. */
export const roster: Roster = {
  departments: [
    { id: 'minzheng', name: '民政局', aliases: ['区民政局', '民政'] },
    { id: 'canlian', name: '残联', aliases: ['区残联'] },
    { id: 'yibao', name: '医保局', aliases: ['区医保局', '医保'] },
    { id: 'zhujian', name: '住建委', aliases: ['区住建委', '住建'] },
  ],
  units: [
    { id: 'yongchuan', name: '永川区', kind: 'district' },
    { id: 'zhongshanlu', name: '中山路街道', kind: 'street', parent: 'yongchuan' },
    { id: 'shenglilu', name: '胜利路街道', kind: 'street', parent: 'yongchuan' },
    { id: 'chashan', name: '茶山竹海街道', kind: 'street', parent: 'yongchuan' },
    { id: 'zhutuo', name: '朱沱镇', kind: 'town', parent: 'yongchuan' },
    { id: 'songji', name: '松溉镇', kind: 'town', parent: 'yongchuan' },
    { id: 'laisu', name: '来苏镇', kind: 'town', parent: 'yongchuan' },
  ],
  members: [
    { id: 'lead_mz', name: '周志刚', role: 'lead', department: 'minzheng' },
    { id: 'lead_cl', name: '刘芸', role: 'lead', department: 'canlian' },
    { id: 'lead_yb', name: '陈鹏', role: 'lead', department: 'yibao' },
    { id: 'lead_zj', name: '王建国', role: 'lead', department: 'zhujian' },
    { id: 'admin', name: '李静', role: 'admin' },
    { id: 'zsl_jz', name: '何丽', role: 'staff', unit: 'zhongshanlu', serves: ['minzheng', 'canlian', 'yibao'] },
    { id: 'sll_jz', name: '唐敏', role: 'staff', unit: 'shenglilu', serves: ['minzheng', 'canlian', 'yibao'] },
    { id: 'csz_jz', name: '罗建', role: 'staff', unit: 'chashan', serves: ['minzheng', 'canlian', 'yibao'] },
    { id: 'zt_jz', name: '胡晓燕', role: 'staff', unit: 'zhutuo', serves: ['minzheng', 'canlian', 'yibao'] },
    { id: 'zt_js', name: '曾强', role: 'staff', unit: 'zhutuo', serves: ['zhujian'] },
    { id: 'sg_jz', name: '邓芳', role: 'staff', unit: 'songji', serves: ['minzheng', 'canlian', 'yibao'] },
    { id: 'ls_jz', name: '黄伟', role: 'staff', unit: 'laisu', serves: ['minzheng', 'canlian', 'yibao'] },
  ],
};

/** Towns and streets: what 各镇街 means here. */
export const ALL_UNITS = ['zhongshanlu', 'shenglilu', 'chashan', 'zhutuo', 'songji', 'laisu'];

/** Staff of the minzheng line, by unit. */
export const STAFF_OF: Record<string, string> = {
  zhongshanlu: 'zsl_jz', shenglilu: 'sll_jz', chashan: 'csz_jz', zhutuo: 'zt_jz', songji: 'sg_jz', laisu: 'ls_jz',
};

export function tempDir(prefix = 'onetable-test-'): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

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
    this.settings = resolveSettings({ botName: BOT_NAME }, options.settings);
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
