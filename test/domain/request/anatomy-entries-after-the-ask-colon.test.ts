// ENTRIES_AFTER_THE_INTRO: 请于11月26日前报送：⏎低保户数、低保人数。 — the line after an ask ending in a colon, made of short
// names only, is its list. Unnumbered (or counted 一是 / 二是) it was read as a sentence that asks nothing, and the
// message as no request.
import { describe, expect, it } from 'vitest';
import { parseWithDictionary } from './helpers.js';

const AT = '2049-11-19T09:00:00+08:00';
const fields = (text: string) => parseWithDictionary(text, 'lead_mz', AT)?.fields;

describe('names on the line after an ask that ends in a colon', () => {
  it('are its items', () => {
    expect(fields('各镇街：\n请于11月26日前报送：\n低保户数、低保人数。')).toEqual(['dibao_households', 'dibao_persons']);
    expect(fields('各镇街：\n请于11月26日前报送：\n一是低保户数；二是低保人数；三是特困供养人数。')).toEqual(['dibao_households', 'dibao_persons', 'tekun_persons']);
  });

  it('a line of duty after the colon is no list', () => {
    const r = parseWithDictionary('各镇街：\n请于11月26日前报送低保户数：\n认真核实、及时报送。', 'lead_mz', AT);
    expect(r?.fields).toEqual(['dibao_households']);
    expect(r?.newFields).toEqual([]);
  });
});
