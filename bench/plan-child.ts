// Times new notices (parse, place, plan asks, confirm) at one scale level, for profiling planning on its own:
//   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/plan-child.ts 100000 [wide]
// The level's store is built once into the temp dir (kept for the next run); each run works on a copy of it.
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VirtualClock } from '../src/bot/clock.js';
import { Bot } from '../src/bot/engine.js';
import { resolveSettings } from '../src/bot/settings.js';
import { Store } from '../src/store/store.js';
import { departmentInfo, fieldsOf, makeRoster } from './lib/gen.js';
import { Random } from './lib/random.js';
import { buildStore } from './lib/store-builder.js';
import { fmt, repeat, summarize } from './lib/stats.js';

const NOW = new Date('2026-11-24T10:00:00+08:00');
const level = Number(process.argv[2] ?? 100_000);
const wide = process.argv[3] === 'wide';
const roster = makeRoster({ units: 200, staffPerUnit: 2, leads: 20 }, 11);
const dir = join(tmpdir(), 'onetable-bench-plan');
mkdirSync(dir, { recursive: true });
const master = join(dir, `level-${level}.db`);
if (!existsSync(master)) buildStore(master, roster, { collections: level, values: level * 10, now: NOW });
const file = join(dir, `run-${process.pid}.db`);
copyFileSync(master, file);
const store = Store.open(file);
const clock = new VirtualClock(NOW);
const settings = resolveSettings({ botName: roster.botName });
const bot = new Bot({ store, clock, settings: () => settings });
const rnd = new Random(wide ? 7 : 3);
let n = 0;
const times = await repeat(wide ? 5 : 20, wide ? 1 : 3, () => {
  const lead = rnd.pick(roster.leads);
  const dept = departmentInfo(lead.department!);
  const labels = rnd.sample(fieldsOf(dept.id), 3).map((f) => f.label);
  const targets = wide ? '各村（社区）' : rnd.sample(roster.reporting, 8).map((u) => u.name).join('、');
  const text = `${dept.short}：请${targets}于11月28日前报送本月${labels.join('、')}，用于月度统计。联系人：${lead.name}`;
  const seq = bot.ingest({ platform: 'web', id: `bench-${n++}`, chat: { kind: 'channel', id: 'channel' }, sender: { platformUserId: lead.id }, text, mentionsBot: false, at: clock.now() });
  bot.process(seq!);
});
store.close();
for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
const s = summarize(times);
process.stdout.write(`${times.map((t) => fmt(t)).join(' ')}\n`);
process.stdout.write(`${level} open, notice to ${wide ? 'all units' : '8 units'}: median ${fmt(s.median)} ms (p10–p90 ${fmt(s.p10)}–${fmt(s.p90)}, min–max ${fmt(s.min)}–${fmt(s.max)})\n`);
