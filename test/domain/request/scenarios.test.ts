// Score check: the parser over every lead/admin channel event of the public scenarios, against their expectations.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createRequestParser } from '../../../src/domain/request/parse.js';
import type { FieldDef, Member, Roster } from '../../../src/domain/types.js';
import { formatZoned } from '../../../src/domain/time.js';
import { PUBLIC_SCENARIOS } from '../../support/paths.js';

const SCENARIO_DIR = `${PUBLIC_SCENARIOS}/`;

interface Scenario {
  timezone?: string;
  botName?: string;
  departments: Roster['departments'];
  units: Roster['units'];
  members: Member[];
  fields: FieldDef[];
  events: Array<{ at: string; from?: string; in?: string; text?: string }>;
}
interface Expected {
  requests: Array<{ event: number; department: string; fields: string[]; period: string | null; deadline: string | null; targets: string[] }>;
  either?: number[];
}

const sameSet = (a: string[], b: string[]): boolean => a.length === b.length && a.every((x) => b.includes(x));

function score(name: string): { misses: string[]; checked: number } {
  const scenario = JSON.parse(readFileSync(`${SCENARIO_DIR}${name}.json`, 'utf8')) as Scenario;
  const expected = JSON.parse(readFileSync(`${SCENARIO_DIR}${name}.expected.json`, 'utf8')) as Expected;
  const timezone = scenario.timezone ?? 'Asia/Shanghai';
  const roster: Roster = { departments: scenario.departments, units: scenario.units, members: scenario.members };
  const parser = createRequestParser({ roster, fields: scenario.fields, timezone, botName: scenario.botName ?? '一表通' });
  const members = new Map(scenario.members.map((m) => [m.id, m]));
  const wanted = new Map(expected.requests.map((r) => [r.event, r]));
  const either = new Set(expected.either ?? []);
  const misses: string[] = [];
  let checked = 0;
  scenario.events.forEach((e, i) => {
    if (e.in !== 'channel' || !e.text || !e.from) return;
    const sender = members.get(e.from);
    if (!sender) return;
    const got = parser.parse(e.text, sender, new Date(e.at));
    const want = wanted.get(i);
    checked++;
    if (either.has(i)) return;
    if (!want) {
      if (got) misses.push(`#${i} false positive: ${JSON.stringify(got)}`);
      return;
    }
    if (!got) { misses.push(`#${i} not detected`); return; }
    if (got.department !== want.department) misses.push(`#${i} department ${got.department} ≠ ${want.department}`);
    if (!sameSet(got.fields, want.fields)) misses.push(`#${i} fields ${got.fields} ≠ ${want.fields} (new: ${JSON.stringify(got.newFields)})`);
    if (got.period !== want.period) misses.push(`#${i} period ${got.period} ≠ ${want.period}`);
    const gotDeadline = got.deadline ? formatZoned(got.deadline, timezone) : null;
    const wantDeadline = want.deadline;
    const deadlineOk = wantDeadline == null
      ? gotDeadline == null
      : gotDeadline != null && (wantDeadline.includes('T') ? gotDeadline.slice(0, 16) === wantDeadline : gotDeadline.slice(0, 10) === wantDeadline);
    if (!deadlineOk) misses.push(`#${i} deadline ${gotDeadline} ≠ ${wantDeadline}`);
    if (!sameSet(got.targets, want.targets)) misses.push(`#${i} targets ${got.targets} ≠ ${want.targets}`);
  });
  return { misses, checked };
}

describe('public scenarios: request parses', () => {
  for (const name of ['yongchuan-social-assistance', 'jiangbei-safety-inspection']) {
    // The scenarios live in the shared workspace beside the repository; skip where it is absent.
    it.skipIf(!existsSync(`${SCENARIO_DIR}${name}.json`))(name, () => {
      const { misses, checked } = score(name);
      if (misses.length) console.log(`${name}: ${misses.length} misses over ${checked} events\n${misses.join('\n')}`);
      expect(misses).toEqual([]);
    });
  }
});
