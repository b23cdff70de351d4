// Replays the development parts of the staff-reply corpus (test/fixtures/corpus/replies/dev/, fresh/, fresh2/, fresh3/, fresh4/, fresh5/, fresh6/, fresh7/, fresh8/, fresh9/, fresh10/, fresh11/, fresh12/, fresh13/, fresh14/, fresh15/, fresh16/ and fresh33/) and holds their pooled
// figures at or above the floors last measured (floors.json: measured figures rounded down), so a regression in
// reading replies fails npm test. The held-out part (replies/test) is scored by the lead only, never here.
import { describe, expect, it } from 'vitest';
import { findParts } from '../../scripts/evaluate-corpus.js';
import { expectAtOrAboveFloors, floors } from './floors.js';

const PARTS = ['replies/dev', 'replies/fresh', 'replies/fresh2', 'replies/fresh3', 'replies/fresh4', 'replies/fresh5', 'replies/fresh6', 'replies/fresh7', 'replies/fresh8', 'replies/fresh9', 'replies/fresh10', 'replies/fresh11', 'replies/fresh12', 'replies/fresh13', 'replies/fresh14', 'replies/fresh15', 'replies/fresh16', 'replies/fresh33'];

describe('reply corpus', () => {
  it('has its development parts, each with a floor', () => {
    for (const part of PARTS) {
      expect(findParts(['replies'])).toContain(part);
      expect(floors[part]).toBeDefined();
    }
  });

  for (const part of PARTS) {
    it(`${part} stays at or above its floors`, async () => {
      await expectAtOrAboveFloors(part);
    }, 300_000);
  }
});
