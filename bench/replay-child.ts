// Runs one replay of a generated scenario in its own process (so the runner can bound it in time): prints "SECONDS n".
import { replay } from '../src/replay/run.js';
import { scenarioSchema } from '../src/replay/schema.js';
import { makeRoster, makeScenario } from './lib/gen.js';

const events = Number(process.argv[2] ?? 10_000);
const roster = makeRoster({ units: 200, staffPerUnit: 2, leads: 20 }, 11);
await replay(scenarioSchema.parse(makeScenario(roster, 200, 32))); // warm-up
const scenario = scenarioSchema.parse(makeScenario(roster, events, 31));
const t = performance.now();
const out = await replay(scenario);
process.stdout.write(`SECONDS ${(performance.now() - t) / 1000} ${JSON.stringify(out.stats)}\n`);
