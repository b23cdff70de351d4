// Replays the real-notice corpus (test/fixtures/corpus/notices/<part>/) and holds each part's pooled figures at or
// above the floors last measured for it (floors.json: measured figures rounded down), so a regression fails npm test.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, findParts } from '../../scripts/evaluate-corpus.js';
import { expectAtOrAboveFloors, floors } from './floors.js';

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
      await expectAtOrAboveFloors(part);
    }, 300_000);
  }
});
