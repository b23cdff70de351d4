// Runs one replay of a generated scenario in its own process (so the runner can bound it in time): prints
// "SECONDS wall cpu stats", cpu being the process's user + system time during the replay (steadier than wall when other
// processes share the cores).
import { replay } from '../src/replay/run.js';
import { scenarioSchema } from '../src/replay/schema.js';
import { workCounts } from '../src/store/work-counts.js';
import { makeRoster, makeScenario } from './lib/gen.js';

const events = Number(process.argv[2] ?? 10_000);
const roster = makeRoster({ units: 200, staffPerUnit: 2, leads: 20 }, 11);
await replay(scenarioSchema.parse(makeScenario(roster, 200, 32))); // warm-up
workCounts?.reset();
const scenario = scenarioSchema.parse(makeScenario(roster, events, 31));
const cpu = process.cpuUsage();
const t = performance.now();
const out = await replay(scenario);
const used = process.cpuUsage(cpu);
workCounts?.write('replay');
process.stdout.write(`SECONDS ${(performance.now() - t) / 1000} ${(used.user + used.system) / 1e6} ${JSON.stringify(out.stats)}\n`);
