// `npm start` (src/main.ts) with the DingTalk variables pointing at the fake DingTalk runs the whole flow.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { killGroup } from '../../reliability/child.js';
import { FakeDingtalk } from './fake-dingtalk.js';
import { GROUP, LEAD, REQUEST, robotMessage, STAFF } from './harness.js';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));

let fake: FakeDingtalk;
let child: ChildProcess | null = null;
let dir: string;

beforeAll(async () => {
  fake = await new FakeDingtalk().start();
  dir = mkdtempSync(join(tmpdir(), 'onetable-dingtalk-start-'));
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

describe('npm start with DingTalk configured', () => {
  it('takes a lead\'s @-request in the group, asks the staff member one-to-one and stores the reply in the pool', async () => {
    writeFileSync(join(dir, 'roster.json'), JSON.stringify({
      departments: [{ id: 'minzheng', name: '民政局', aliases: ['区民政局'] }],
      units: [{ id: 'qingxi', name: '青溪区', kind: 'district' }, { id: 'chengnan', name: '城南街道', kind: 'street', parent: 'qingxi' }],
      members: [
        { id: LEAD.id, name: LEAD.name, role: 'lead', department: 'minzheng', identities: { dingtalk: LEAD.userId } },
        { id: STAFF.id, name: STAFF.name, role: 'staff', unit: 'chengnan', serves: ['minzheng'], identities: { dingtalk: STAFF.userId } },
      ],
    }));
    // Any hour of any day is working time here, so the bot's asks go out at once whenever the test runs.
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ settings: { quietHours: { start: '00:00', end: '00:00' }, workdays: [1, 2, 3, 4, 5, 6, 7] } }));
    const db = join(dir, 'onetable.db');
    const env = {
      PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'silent', PORT: '0', HOST: '127.0.0.1', ASK_BATCHES: 'off',
      ONETABLE_DB: db, ONETABLE_DEMO: 'off', ONETABLE_ROSTER: join(dir, 'roster.json'), ONETABLE_CONFIG: join(dir, 'config.json'),
      DINGTALK_CLIENT_ID: fake.clientId, DINGTALK_CLIENT_SECRET: fake.clientSecret, DINGTALK_CONVERSATION_ID: GROUP, DINGTALK_API_BASE: fake.url,
    };
    // As `npm start` runs it: one node process, leading its own process group for the clean-up.
    child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: REPO, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => { stderr += d.toString(); });
    await until(() => fake.openSockets() > 0 || child!.exitCode !== null, 'the Stream connection');
    expect(child.exitCode, stderr).toBeNull();

    fake.pushRobotMessage(robotMessage({ from: { userId: LEAD.userId, name: LEAD.name }, text: REQUEST, group: true, at: new Date() }));
    const toStaff = (): number => fake.sent().filter((s) => 'user' in s.to && s.to.user === STAFF.userId).length;
    await until(() => fake.sent().some((s) => 'group' in s.to) && toStaff() > 0, 'the confirmation and the ask');
    expect(fake.textOf(fake.sent().find((s) => 'group' in s.to)!)).toContain('已登记 r1');

    const asked = toStaff();
    fake.pushRobotMessage(robotMessage({ from: { userId: STAFF.userId, name: STAFF.name }, text: '低保户数：120', at: new Date() }));
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
