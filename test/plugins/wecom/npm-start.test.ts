// `npm start` (src/main.ts) with the WeCom variables pointing at the fake WeCom runs the whole flow over real callbacks.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { killGroup } from '../../reliability/child.js';
import { postCallback, textMessageXml, verifyUrl } from './callbacks.js';
import { FakeWecom } from './fake-wecom.js';
import { AES_KEY, AGENT_ID, CHAT_ID, LEAD, REQUEST, STAFF, TOKEN } from './harness.js';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));

let fake: FakeWecom;
let child: ChildProcess | null = null;
let dir: string;

beforeAll(async () => {
  fake = await new FakeWecom().start();
  dir = mkdtempSync(join(tmpdir(), 'onetable-wecom-start-'));
});
afterAll(async () => {
  if (child) killGroup(child, 'SIGKILL');
  await fake.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function until(done: () => boolean, what: string, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!done()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('npm start with WeCom configured', () => {
  it('verifies the callback URL, takes a lead\'s request, asks the staff member and stores the reply in the pool', async () => {
    writeFileSync(join(dir, 'roster.json'), JSON.stringify({
      departments: [{ id: 'minzheng', name: '民政局', aliases: ['区民政局'] }],
      units: [{ id: 'qingxi', name: '青溪区', kind: 'district' }, { id: 'chengnan', name: '城南街道', kind: 'street', parent: 'qingxi' }],
      members: [
        { id: LEAD.id, name: LEAD.name, role: 'lead', department: 'minzheng', identities: { wecom: LEAD.userId } },
        { id: STAFF.id, name: STAFF.name, role: 'staff', unit: 'chengnan', serves: ['minzheng'], identities: { wecom: STAFF.userId } },
      ],
    }));
    // Any hour of any day is working time here, so the bot's asks go out at once whenever the test runs.
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ settings: { quietHours: { start: '00:00', end: '00:00' }, workdays: [1, 2, 3, 4, 5, 6, 7] } }));
    const db = join(dir, 'onetable.db');
    const env = {
      PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'silent', PORT: '0', HOST: '127.0.0.1', ASK_BATCHES: 'off',
      ONETABLE_DB: db, ONETABLE_DEMO: 'off', ONETABLE_ROSTER: join(dir, 'roster.json'), ONETABLE_CONFIG: join(dir, 'config.json'),
      WECOM_CORP_ID: fake.corpId, WECOM_AGENT_ID: String(AGENT_ID), WECOM_SECRET: fake.secret, WECOM_TOKEN: TOKEN,
      WECOM_ENCODING_AES_KEY: AES_KEY, WECOM_CHAT_ID: CHAT_ID, WECOM_API_BASE: fake.url,
    };
    // As `npm start` runs it: one node process, leading its own process group for the clean-up.
    child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: REPO, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => { stderr += d.toString(); });
    let url = '';
    await until(() => {
      url = /onetable is running: (http:\/\/\S+?)\/?\s/.exec(stderr)?.[1] ?? '';
      return !!url || child!.exitCode !== null;
    }, 'the server');
    expect(child.exitCode, stderr).toBeNull();
    const callback = `${url}/wecom/callback`;
    const secrets = { token: TOKEN, encodingAESKey: AES_KEY, corpId: fake.corpId };

    const check = await verifyUrl(callback, secrets, 'echo-npm-start', new Date());
    expect(await check.text()).toBe('echo-npm-start');
    await until(() => fake.chats.has(CHAT_ID), 'the group chat');

    const say = async (from: string, text: string, msgId: string): Promise<void> => {
      const res = await postCallback(callback, secrets, textMessageXml({ corpId: fake.corpId, from, text, msgId, agentId: AGENT_ID, at: new Date() }), new Date());
      expect(res.status).toBe(200);
    };
    const toStaff = (): number => fake.sent().filter((s) => 'user' in s.to && s.to.user === STAFF.userId).length;
    await say(LEAD.userId, REQUEST, '9001');
    await until(() => fake.sent().some((s) => 'user' in s.to && s.to.user === LEAD.userId) && toStaff() > 0, 'the confirmation and the ask');

    const asked = toStaff();
    await say(STAFF.userId, '低保户数：120', '9002');
    await until(() => toStaff() > asked, 'the answer to the reply');

    const exited = new Promise<void>((resolve) => child!.on('exit', () => resolve()));
    child.kill('SIGTERM');
    await exited;
    const pool = new Database(db, { readonly: true });
    try {
      const row = pool.prepare(`SELECT value, member_id FROM pool WHERE unit = 'chengnan' AND field = 'dibao_households'`).get() as { value: string; member_id: string };
      expect(row).toEqual({ value: '120', member_id: STAFF.id });
    } finally {
      pool.close();
    }
  }, 90_000);
});
