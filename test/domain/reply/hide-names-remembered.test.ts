// hideNames remembers what it blanked per index (an index's names never change): the same words asked again of the
// same index are not scanned again, and give the same text; another index blanks its own names.
import { describe, expect, it } from 'vitest';
import { indexCandidates, type CandidateIndex } from '../../../src/domain/reply/candidate-index.js';
import { hideNames } from '../../../src/domain/reply/phrases.js';
import { F } from './fixtures.js';

/** The index, with each read of its names counted. */
function counting(index: CandidateIndex): { index: CandidateIndex; reads: () => number } {
  let reads = 0;
  const wrapped = Object.create(index, { allNames: { get: () => { reads++; return index.allNames; } } }) as CandidateIndex;
  return { index: wrapped, reads: () => reads };
}

describe('hideNames asked again', () => {
  it('answers the same words of the same index without scanning them again', () => {
    const { index, reads } = counting(indexCandidates([F.dibaoHouseholds, F.dibaoPersons]));
    const text = '低保户数比上月多了2户，低保人数30人';
    const first = hideNames(text, index);
    expect(first).toBe(`${' '.repeat(4)}比上月多了2户，${' '.repeat(4)}30人`);
    const after = reads();
    for (let n = 0; n < 3; n++) expect(hideNames(text, index)).toBe(first);
    expect(reads()).toBe(after);
    expect(hideNames(text, indexCandidates([F.tekun]))).toBe(text);
    expect(hideNames('低保人数', index)).toBe('    ');
  });
});
