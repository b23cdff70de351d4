// Replays the development parts of the staff-reply corpus (test/fixtures/corpus/replies/dev/ and fresh/) and holds their pooled
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
const PARTS = ['replies/dev', 'replies/fresh'];

describe('reply corpus', () => {
  it('has its development parts, each with a floor', () => {
    for (const part of PARTS) {
      expect(findParts(['replies'])).toContain(part);
      expect(floors[part]).toBeDefined();
    }
  });

  for (const part of PARTS) {
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
