// Replays the real-notice corpus (test/fixtures/corpus/notices/<part>/) and holds each part's pooled figures at or
// above the floors last measured for it (floors.json: measured figures rounded down), so a regression fails npm test.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, evaluatePart, findParts, type PartFigures } from '../../scripts/evaluate-corpus.js';

interface Floor {
  figures: Partial<Record<keyof PartFigures, number>>;
  maxWrongValues: number;
}

const floors = JSON.parse(readFileSync(new URL('./floors.json', import.meta.url), 'utf8')) as Record<string, Floor>;
const parts = findParts(['notices']);
// The held-out part gets its floors only once it is on main and has been measured there.
const HELD_OUT = 'notices/test';

function requestNotices(part: string): number {
  const dir = join(CORPUS_DIR, part);
  return readdirSync(dir).filter((f) => f.endsWith('.expected.json'))
    .map((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { requests?: unknown[] }).requests?.length ?? 0)
    .reduce((a, b) => a + b, 0);
}

describe('notice corpus', () => {
  it('has a held-out part of at least 50 notices, and a floor for every other part', () => {
    expect(parts).toContain(HELD_OUT);
    expect(requestNotices(HELD_OUT)).toBeGreaterThanOrEqual(50);
    expect(parts.filter((p) => p !== HELD_OUT && !floors[p])).toEqual([]);
    expect(Object.keys(floors).filter((p) => p.startsWith('notices/') && !parts.includes(p))).toEqual([]);
  });

  for (const part of parts.filter((p) => floors[p])) {
    it(`${part} stays at or above its floors`, async () => {
      const f = await evaluatePart(part);
      const floor = floors[part]!;
      const context = JSON.stringify(f.misses).slice(0, 3000);
      for (const [k, min] of Object.entries(floor.figures)) {
        expect(f[k as keyof PartFigures] as number, `${k}: ${context}`).toBeGreaterThanOrEqual(min);
      }
      expect(f.wrongValues, context).toBeLessThanOrEqual(floor.maxWrongValues);
    }, 300_000);
  }
});
