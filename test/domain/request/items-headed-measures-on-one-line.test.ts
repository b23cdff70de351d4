// HEADED_MEASURES: numbered entries on one line after the ask's colon, the first naming its object before a colon of its
// own and only measures after it (（一）城乡低保：户数、人数；（二）特困供养人数), read as entries: the first is its object
// counted in each measure, not a clause 城乡低保 and a list of measures of nothing, so it is not lost beside the second.
import { describe, expect, it } from 'vitest';
import { parseWithDictionary } from './helpers.js';

const parse = (text: string) => parseWithDictionary(text, 'lead_mz', '2026-11-18T09:00:00+08:00');

describe('an entry headed by its object and a colon, on one line', () => {
  it('both entries are read when the ask’s own colon opens them', () => {
    expect(parse('各镇街：请于11月30日前报送：（一）城乡低保：户数、人数；（二）特困供养人数。')?.fields)
      .toEqual(['dibao_households', 'dibao_persons', 'tekun_persons']);
  });

  it('a colon before a clause that is no list of measures still divides', () => {
    expect(parse('各镇街：请于11月30日前报送：（一）低保户数；（二）特困供养人数。')?.fields).toEqual(['dibao_households', 'tekun_persons']);
  });
});
