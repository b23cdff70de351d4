// A real onetable with the WeCom plugin, on a temp-dir database, calling the fake WeCom API.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock } from '../../../src/bot/clock.js';
import { loadConfig } from '../../../src/config.js';
import { startOnetable, type Onetable } from '../../../src/runtime.js';
import type { Secrets } from './callbacks.js';
import type { FakeWecom } from './fake-wecom.js';

export const LEAD = { id: 'lead_mz', name: '钱卫东', userId: 'QianWeiDong' };
export const STAFF = { id: 'cn_mz', name: '李娜', userId: 'LiNa' };
export const ADMIN = { id: 'admin_1', name: '周敏', userId: 'ZhouMin' };
export const AGENT_ID = 1000002;
export const CHAT_ID = 'onetable01';
export const TOKEN = 'wecomCallbackToken';
export const AES_KEY = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
export const REQUEST = '【区民政局】请各街道于11月25日前报送本月低保户数。';

const roster = {
  botName: '一表通',
  departments: [{ id: 'minzheng', name: '民政局', aliases: ['区民政局', '民政'] }],
  units: [
    { id: 'qingxi', name: '青溪区', kind: 'district' },
    { id: 'chengnan', name: '城南街道', kind: 'street', parent: 'qingxi' },
  ],
  members: [
    { id: ADMIN.id, name: ADMIN.name, role: 'admin', identities: { wecom: ADMIN.userId } },
    { id: LEAD.id, name: LEAD.name, role: 'lead', department: 'minzheng', identities: { wecom: LEAD.userId } },
    { id: STAFF.id, name: STAFF.name, role: 'staff', unit: 'chengnan', serves: ['minzheng'], identities: { wecom: STAFF.userId } },
    { id: 'xb_mz', name: '王芳', role: 'staff', unit: 'chengnan', serves: [] },
  ],
};

function workdayClock(): Clock {
  const offset = Date.parse('2026-11-16T10:00:00+08:00') - Date.now();
  return { now: () => new Date(Date.now() + offset) };
}

export interface Harness {
  clock: Clock;
  app: Onetable;
  callback: string;
  secrets: Secrets;
  restart(): Promise<void>;
  close(): Promise<void>;
}

export async function startHarness(fake: FakeWecom, extraEnv: Record<string, string> = {}): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'onetable-wecom-'));
  const rosterFile = join(dir, 'roster.json');
  writeFileSync(rosterFile, JSON.stringify(roster));
  const clock = workdayClock();
  const env: Record<string, string> = {
    WECOM_CORP_ID: fake.corpId, WECOM_AGENT_ID: String(AGENT_ID), WECOM_SECRET: fake.secret, WECOM_TOKEN: TOKEN,
    WECOM_ENCODING_AES_KEY: AES_KEY, WECOM_CHAT_ID: CHAT_ID, WECOM_API_BASE: fake.url, ...extraEnv,
  };
  for (const [k, v] of Object.entries(env)) if (v === '') delete env[k];
  const open = (): Promise<Onetable> => startOnetable(loadConfig({
    ONETABLE_DB: join(dir, 'onetable.db'), ONETABLE_DEMO: 'off', ONETABLE_ROSTER: rosterFile, HOST: '127.0.0.1', PORT: '0',
    LOG_LEVEL: 'silent', ONETABLE_ADMIN_TOKEN: 'admin-token-for-tests-0123', ASK_BATCHES: 'off',
  }), { env, clock, listen: true, dispatcher: { pollMs: 3_600_000, baseDelayMs: 50, random: () => 0.5 } });
  const h: Harness = {
    clock, app: await open(), callback: '', secrets: { token: TOKEN, encodingAESKey: AES_KEY, corpId: fake.corpId },
    async restart() {
      await h.app.close();
      h.app = await open();
      h.callback = `${h.app.url}/wecom/callback`;
    },
    async close() {
      await h.app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  h.callback = `${h.app.url}/wecom/callback`;
  return h;
}

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

export async function quiesce(h: Harness, rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await h.app.bot.idle();
    await h.app.dispatcher.tick();
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
}
