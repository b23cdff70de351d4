// Scores replays with the shared scoring tool, on the public scenarios and onetable's own holdout scenarios,
// at the accuracy the product promises (request understanding, merging, asks, values).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_SCENARIOS, PUBLIC_SCENARIOS, REPO, SCORER } from '../support/paths.js';
import { belowTarget } from './below-target.js';

const root = REPO;
const scorer = SCORER;
const dirs = [PUBLIC_SCENARIOS, FIXTURE_SCENARIOS];

const scenarios = dirs.flatMap((dir) =>
  existsSync(dir)
    ? readdirSync(dir).filter((f) => f.endsWith('.expected.json')).map((f) => ({
      name: f.replace('.expected.json', ''), scenario: join(dir, f.replace('.expected.json', '.json')), expected: join(dir, f),
    }))
    : []);

describe('scenario scores', () => {
  it('finds the public and holdout scenarios', () => {
    expect(existsSync(scorer)).toBe(true);
    expect(scenarios.length).toBeGreaterThanOrEqual(4);
  });

  for (const s of scenarios) {
    it(`${s.name} scores at target`, () => {
      const out = execFileSync('node', [scorer, s.scenario, s.expected, '--json', '--cmd', 'npx tsx src/cli.ts replay'], {
        cwd: root, encoding: 'utf8', timeout: 120_000,
      });
      const f = JSON.parse(out) as Record<string, number | null> & { misses: unknown[] };
      const context = JSON.stringify(f.misses).slice(0, 2000);
      const floor = belowTarget[s.name];
      for (const k of ['requestPrecision', 'requestRecall', 'departmentAccuracy', 'fieldsAccuracy', 'periodAccuracy', 'deadlineAccuracy', 'targetsAccuracy', 'mergeF1', 'valueAccuracy']) {
        expect(f[k], `${k}: ${context}`).toBeGreaterThanOrEqual(floor?.figures[k] ?? 0.95);
      }
      expect(f.wrongValues ?? 0, context).toBe(0);
      if (floor) {
        expect(f.extraValues, context).toBeLessThanOrEqual(floor.maxExtraValues);
        return;
      }
      expect(f.asks, context).toBe(f.idealAsks);
      expect(f.extraValues, context).toBe(0);
    }, 130_000);
  }
});
