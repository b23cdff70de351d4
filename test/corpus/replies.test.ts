// Replays the development part of the staff-reply corpus (test/fixtures/corpus/replies/dev/) and holds its pooled
// figures at or above the floors last measured (floors.json: measured figures rounded down), so a regression in
// reading replies fails npm test. The held-out part (replies/test) is scored by the lead only, never here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluatePart, findParts, type PartFigures } from '../../scripts/evaluate-corpus.js';

interface Floor {
  figures: Partial<Record<keyof PartFigures, number>>;
  maxWrongValues: number;
}

const floors = JSON.parse(readFileSync(new URL('./floors.json', import.meta.url), 'utf8')) as Record<string, Floor>;
const PART = 'replies/dev';

describe('reply corpus', () => {
  it('has a development part with a floor', () => {
    expect(findParts(['replies'])).toContain(PART);
    expect(floors[PART]).toBeDefined();
  });

  it(`${PART} stays at or above its floors`, async () => {
    const f = await evaluatePart(PART);
    const floor = floors[PART]!;
    const context = JSON.stringify(f.misses).slice(0, 3000);
    for (const [k, min] of Object.entries(floor.figures)) {
      expect(f[k as keyof PartFigures] as number, `${k}: ${context}`).toBeGreaterThanOrEqual(min);
    }
    expect(f.wrongValues, context).toBeLessThanOrEqual(floor.maxWrongValues);
  }, 300_000);
});
