// A real onetable with the DingTalk plugin, on a temp-dir database, connected to the fake DingTalk.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock } from '../../../src/bot/clock.js';
import { loadConfig } from '../../../src/config.js';
import { startOnetable, type Onetable } from '../../../src/runtime.js';
import type { FakeDingtalk } from './fake-dingtalk.js';

export const LEAD = { id: 'lead_mz', name: '钱卫东', userId: 'staff_qian' };
export const STAFF = { id: 'cn_mz', name: '李娜', userId: 'staff_li' };
export const GROUP = 'cidGroupConsolidated==';
export const ROBOT_USER = '$:LWCP_v1:$robot';
export const REQUEST = '【区民政局】请各街道于11月25日前报送本月低保户数。';

const roster = {
  botName: '一表通',
  departments: [{ id: 'minzheng', name: '民政局', aliases: ['区民政局', '民政'] }],
  units: [
    { id: 'qingxi', name: '青溪区', kind: 'district' },
    { id: 'chengnan', name: '城南街道', kind: 'street', parent: 'qingxi' },
  ],
  members: [
    { id: LEAD.id, name: LEAD.name, role: 'lead', department: 'minzheng', identities: { dingtalk: LEAD.userId } },
    { id: STAFF.id, name: STAFF.name, role: 'staff', unit: 'chengnan', serves: ['minzheng'], identities: { dingtalk: STAFF.userId } },
    { id: 'admin_1', name: '周敏', role: 'admin', identities: { dingtalk: 'staff_zhou' } },
    { id: 'xb_mz', name: '王芳', role: 'staff', unit: 'chengnan', serves: [] },
  ],
};

/** Real time, shifted to Monday 2026-11-16 10:00 in Shanghai, so DMs the bot starts go out at once. */
function workdayClock(): Clock {
  const offset = Date.parse('2026-11-16T10:00:00+08:00') - Date.now();
  return { now: () => new Date(Date.now() + offset) };
}

export interface Harness {
  dir: string;
  clock: Clock;
  app: Onetable;
  restart(): Promise<void>;
  close(): Promise<void>;
}

export async function startHarness(fake: FakeDingtalk, extraEnv: Record<string, string> = {}): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'onetable-dingtalk-'));
  const rosterFile = join(dir, 'roster.json');
  writeFileSync(rosterFile, JSON.stringify(roster));
  const clock = workdayClock();
  const env: Record<string, string> = {
    DINGTALK_CLIENT_ID: fake.clientId, DINGTALK_CLIENT_SECRET: fake.clientSecret, DINGTALK_CONVERSATION_ID: GROUP,
    DINGTALK_API_BASE: fake.url, ...extraEnv,
  };
  const open = (): Promise<Onetable> => startOnetable(loadConfig({
    ONETABLE_DB: join(dir, 'onetable.db'), ONETABLE_DEMO: 'off', ONETABLE_ROSTER: rosterFile, HOST: '127.0.0.1', PORT: '0',
    LOG_LEVEL: 'silent', ONETABLE_ADMIN_TOKEN: 'admin-token-for-tests-0123', ASK_BATCHES: 'off',
  }), { env, clock, listen: true, dispatcher: { pollMs: 3_600_000, baseDelayMs: 50, random: () => 0.5 } });
  const h: Harness = {
    dir, clock, app: await open(),
    async restart() {
      await h.app.close();
      h.app = await open();
    },
    async close() {
      await h.app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return h;
}

/** Waits for `done`, letting the bot process what is stored and the outbox deliver. */
export async function settle(h: Harness, done: () => boolean, timeoutMs = 8000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    await h.app.bot.idle();
    await h.app.dispatcher.tick();
    if (done()) return;
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Waits until the fake gateway has a live connection from the plugin. */
export async function connected(fake: FakeDingtalk, h: Harness, minConnections = 1): Promise<void> {
  await settle(h, () => fake.connections >= minConnections && fake.openSockets() > 0);
}

let nextMsg = 1;

export function robotMessage(o: {
  from: { userId: string; name: string };
  text: string;
  group?: boolean;
  conversationId?: string;
  atBot?: boolean;
  msgId?: string;
  at: Date;
}): Record<string, unknown> {
  const group = o.group ?? false;
  return {
    conversationId: group ? (o.conversationId ?? GROUP) : `cidP2P${o.from.userId}`,
    chatbotCorpId: 'dingcorp', chatbotUserId: ROBOT_USER, msgId: o.msgId ?? `msg${nextMsg++}`, senderNick: o.from.name,
    isAdmin: false, senderStaffId: o.from.userId, sessionWebhookExpiredTime: o.at.getTime() + 5_400_000, createAt: o.at.getTime(),
    senderCorpId: 'dingcorp', conversationType: group ? '2' : '1', senderId: `$:LWCP_v1:$${o.from.userId}`,
    sessionWebhook: 'https://oapi.dingtalk.com/robot/sendBySession?session=x', robotCode: 'dingrobot',
    msgtype: 'text', text: { content: o.text },
    ...(group ? { isInAtList: o.atBot ?? true, atUsers: o.atBot === false ? [] : [{ dingtalkId: ROBOT_USER }], conversationTitle: '青溪区一表通' } : {}),
  };
}
