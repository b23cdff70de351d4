// The corpus floors (floors.json: each part's figures last measured, rounded down) and the check that holds a part to
// them, so a regression in reading notices or replies fails npm test.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { evaluatePart, type PartFigures } from '../../scripts/evaluate-corpus.js';

export interface Floor {
  figures: Partial<Record<keyof PartFigures, number>>;
  maxWrongValues: number;
}

export const floors = JSON.parse(readFileSync(new URL('./floors.json', import.meta.url), 'utf8')) as Record<string, Floor>;

/** Replays the part and expects every figure at or above its floor, and no more wrong values than allowed. */
export async function expectAtOrAboveFloors(part: string): Promise<void> {
  const f = await evaluatePart(part);
  const floor = floors[part]!;
  const context = JSON.stringify(f.misses).slice(0, 3000);
  for (const [k, min] of Object.entries(floor.figures)) {
    expect(f[k as keyof PartFigures] as number, `${k}: ${context}`).toBeGreaterThanOrEqual(min);
  }
  expect(f.wrongValues, context).toBeLessThanOrEqual(floor.maxWrongValues);
}
