// A real onetable with the Lark plugin, on a temp-dir database, pointed at the fake Lark server.
import { randomBytes } from 'node:crypto';
import type { Clock } from '../../../src/bot/clock.js';
import type { Onetable } from '../../../src/runtime.js';
import { bootOnetable } from '../../support/boot.js';
import { mondayMorningClock } from '../../support/clock.js';
import type { FakeLark } from './fake-lark.js';

export const LEAD = { id: 'lead_mz', name: '钱卫东', openId: 'ou_lead_qian' };
export const STAFF = { id: 'cn_mz', name: '李娜', openId: 'ou_staff_li' };
export const CHAT_ID = 'oc_channel_1';
export const ENCRYPT_KEY = 'test-encrypt-key-0123';
export const VERIFICATION_TOKEN = 'test-verification-token';

const roster = {
  botName: '一表通',
  departments: [{ id: 'minzheng', name: '民政局', aliases: ['区民政局', '民政'] }],
  units: [
    { id: 'qingxi', name: '青溪区', kind: 'district' },
    { id: 'chengnan', name: '城南街道', kind: 'street', parent: 'qingxi' },
  ],
  members: [
    { id: LEAD.id, name: LEAD.name, role: 'lead', department: 'minzheng', identities: { lark: LEAD.openId } },
    { id: STAFF.id, name: STAFF.name, role: 'staff', unit: 'chengnan', serves: ['minzheng'], identities: { lark: STAFF.openId } },
  ],
};

export interface Harness {
  appId: string;
  clock: Clock;
  app: Onetable;
  /** The webhook's URL. */
  events: string;
  warnings: string[];
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** Each harness has its own app id: the SDK's token cache is process-wide and keyed by it. */
export async function startHarness(fake: FakeLark, larkEnv: Record<string, string> = {}): Promise<Harness> {
  const appId = `cli_${randomBytes(8).toString('hex')}`;
  const clock = mondayMorningClock();
  const env: Record<string, string> = {
    LARK_APP_ID: appId, LARK_APP_SECRET: 'secret', LARK_ENCRYPT_KEY: ENCRYPT_KEY, LARK_VERIFICATION_TOKEN: VERIFICATION_TOKEN,
    LARK_CHAT_ID: CHAT_ID, LARK_MODE: 'webhook', LARK_DOMAIN: fake.url, ...larkEnv,
  };
  for (const [k, v] of Object.entries(env)) if (v === '') delete env[k];
  const warnings: string[] = [];
  const logger = {
    info() {},
    warn: (o: unknown, msg?: string) => void warnings.push(`${msg ?? ''} ${JSON.stringify(o)}`),
    error: (o: unknown, msg?: string) => void warnings.push(`${msg ?? ''} ${JSON.stringify(o)}`),
  };
  const booted = await bootOnetable({
    env, roster, clock, logger, listen: true, dispatcher: { pollMs: 3_600_000, baseDelayMs: 50, random: () => 0.5 },
  });
  const h: Harness = {
    appId, clock, warnings, app: booted.onetable, events: `${booted.url}/lark/events`,
    async restart() {
      await booted.restart();
      h.app = booted.onetable;
      h.events = `${booted.url}/lark/events`;
    },
    close: () => booted.stop(),
  };
  return h;
}

/** Lets the bot process what is stored and the outbox deliver, until `done` holds. */
export async function settle(h: Harness, done: () => boolean, timeoutMs = 8000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    await h.app.bot.idle();
    await h.app.dispatcher.tick();
    if (done()) return;
    if (Date.now() > until) throw new Error('timed out waiting for the bot');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Runs the bot and the outbox a few rounds without expecting anything (to show nothing more happens). */
export async function quiesce(h: Harness, rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await h.app.bot.idle();
    await h.app.dispatcher.tick();
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
}
