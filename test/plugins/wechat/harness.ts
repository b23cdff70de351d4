// A real onetable core (SQLite in a temp dir) wired to the real wechaty on wechaty-puppet-mock.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WechatyBuilder, type Message, type Wechaty } from 'wechaty';
import { mock, PuppetMock } from 'wechaty-puppet-mock';
import { systemClock } from '../../../src/bot/clock.js';
import { Dispatcher } from '../../../src/bot/dispatcher.js';
import { Bot } from '../../../src/bot/engine.js';
import { resolveSettings } from '../../../src/bot/settings.js';
import type { Roster } from '../../../src/domain/types.js';
import { seedDictionary } from '../../../src/store/seed.js';
import { Store } from '../../../src/store/store.js';
import wechatPlugin from '../../../plugins/wechat/index.js';
import { startWechat } from '../../../plugins/wechat/start.js';
import type { WechatAdapter, WechatAdapterOptions } from '../../../plugins/wechat/adapter.js';
import { silentLogger } from '../../../src/bot/context.js';
import { definePlugin } from '../../../src/plugins/define.js';
import { PluginHost } from '../../../src/plugins/host.js';
import { LiveScheduler } from '../../../src/schedule/live.js';

export const ROOM_TOPIC = '青溪区一表通工作群';

export const roster: Roster = {
  departments: [{ id: 'yingji', name: '应急管理局', aliases: ['区应急管理局', '应急局', '应急'] }],
  units: [
    { id: 'qingxi', name: '青溪区', kind: 'district' },
    { id: 'chengnan', name: '城南街道', kind: 'street', parent: 'qingxi' },
    { id: 'xingfu', name: '幸福社区', kind: 'community', parent: 'chengnan' },
    { id: 'heping', name: '和平社区', kind: 'community', parent: 'chengnan' },
  ],
  members: [
    { id: 'admin_zhou', name: '周敏', role: 'admin', identities: { wechat: '管理员-周敏' } },
    { id: 'lead_han', name: '韩冬', role: 'lead', department: 'yingji', identities: { wechat: '应急局-韩冬' } },
    { id: 'staff_zhang', name: '张丽', role: 'staff', unit: 'xingfu', identities: { wechat: '幸福社区-张丽' } },
    { id: 'staff_wang', name: '王强', role: 'staff', unit: 'heping', identities: { wechat: '和平社区-王强' } },
  ],
};

/** Contacts of one login session: WeChat gives everyone new ids after a re-login, the remarks stay. */
export interface Session {
  botUser: mock.ContactMock;
  admin: mock.ContactMock;
  lead: mock.ContactMock;
  zhang: mock.ContactMock;
  wang: mock.ContactMock;
  room: mock.RoomMock;
}

export interface Said {
  text: string;
  roomId: string | null;
  toId: string | null;
}

export interface Harness {
  dir: string;
  store: Store;
  bot: Bot;
  host: PluginHost;
  mocker: mock.Mocker;
  puppet: PuppetMock;
  wechaty: Wechaty;
  adapter: WechatAdapter;
  dispatcher: Dispatcher;
  session: Session;
  /** Everything the bot account said, as seen by WeChat. */
  said: Said[];
  newSession(): Session;
  login(session: Session): Promise<void>;
  logout(): Promise<void>;
  close(): Promise<void>;
}

export function deadlineText(daysAhead = 5): string {
  const d = new Date(Date.now() + daysAhead * 86_400_000);
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Shanghai', month: 'numeric', day: 'numeric' }).formatToParts(d);
  const get = (t: string): string => parts.find((p) => p.type === t)!.value;
  return `${get('month')}月${get('day')}日`;
}

export async function waitFor<T>(probe: () => T | Promise<T>, what: string, timeoutMs = 8000): Promise<NonNullable<T>> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value as NonNullable<T>;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export async function startHarness(
  overrides: Partial<WechatAdapterOptions> = {}, config: Record<string, unknown> = {},
): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'onetable-wechat-'));
  const store = Store.open(join(dir, 'db.sqlite'));
  seedDictionary(store);
  store.roster.load(roster);
  // Every hour a working hour, so the bot's DMs never wait for the morning whenever the test runs.
  const settings = resolveSettings({ timezone: 'Asia/Shanghai', workdays: [1, 2, 3, 4, 5, 6, 7], quietHours: { start: '00:00', end: '00:00' }, askBatches: [] });
  const bot = new Bot({ store, clock: systemClock, settings: () => settings });

  const mocker = new mock.Mocker();
  const puppet = new PuppetMock({ mocker });
  const wechaty = WechatyBuilder.build({ puppet });
  const said: Said[] = [];
  wechaty.on('message', (m: Message) => {
    if (m.self()) said.push({ text: m.text(), roomId: m.room()?.id ?? null, toId: m.listener()?.id ?? null });
  });

  let generation = 0;
  const newSession = (): Session => {
    // Forget the previous session's ids, as WeChat does after a re-login.
    mocker.cacheContactPayload.clear();
    mocker.cacheRoomPayload.clear();
    generation++;
    const contact = (name: string, alias?: string): mock.ContactMock => mocker.createContact({ name, ...(alias ? { alias } : {}) });
    const botUser = contact('一表通');
    const admin = contact('周敏', '管理员-周敏');
    const lead = contact('冬天', '应急局-韩冬');
    const zhang = contact('丽丽', '幸福社区-张丽');
    const wang = contact('强子', '和平社区-王强');
    const room = mocker.createRoom({
      id: `room${generation}@chatroom`, topic: ROOM_TOPIC, memberIdList: [botUser, admin, lead, zhang, wang].map((c) => c.id),
    });
    return { botUser, admin, lead, zhang, wang, room };
  };

  // The real plugin wiring (mount, health, admin alerts, offline archive) through a real plugin host.
  const host = new PluginHost({
    bot, clock: systemClock, settings: () => settings, logger: silentLogger, env: {},
    scheduler: new LiveScheduler(systemClock, settings.timezone, () => undefined),
  });
  let adapter: WechatAdapter | undefined;
  host.register(definePlugin({
    ...wechatPlugin,
    async setup(ctx, config) {
      adapter = await startWechat(ctx, config, wechaty, {
        sendIntervalMs: 0, loggedOutRetryMs: 50, heartbeatTimeoutMs: 0, resyncGapMs: 0, ...overrides,
      });
    },
  }));
  host.setOverride('wechat', true, { puppet: 'wechaty-puppet-mock', roomTopic: ROOM_TOPIC, ...config });
  await host.start('wechat');
  const dispatcher = new Dispatcher(bot.deps, { pollMs: 50, baseDelayMs: 50 });
  dispatcher.start();

  const h: Harness = {
    dir, store, bot, host, mocker, puppet, wechaty, adapter: adapter!, dispatcher, said, newSession,
    session: newSession(),
    async login(session) {
      h.session = session;
      mocker.login(session.botUser);
      await waitFor(() => h.adapter.isOnline, 'the adapter to come online');
    },
    async logout() {
      await puppet.logout('test logout');
      await waitFor(() => !h.adapter.isOnline, 'the adapter to go offline');
    },
    async close() {
      dispatcher.stop();
      await host.stopAll();
      await bot.idle();
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return h;
}

/** Waits until the bot has processed everything and the outbox has nothing due. */
export async function settle(h: Harness): Promise<void> {
  await h.bot.idle();
  await h.dispatcher.tick();
  await new Promise((r) => setTimeout(r, 30));
}

export function roomSays(h: Harness, includes: string): Said[] {
  return h.said.filter((s) => s.roomId === h.session.room.id && s.text.includes(includes));
}
