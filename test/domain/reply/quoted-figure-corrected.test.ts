// QUOTED_FIGURE_CORRECTED: a correction that quotes the wrong figure instead of naming its item (208不对，应该是211) corrects
// the one item whose figure on file it quotes; a quote that matches two items, or none, corrects nothing.
import { describe, expect, it } from 'vitest';
import { quotedFigureCorrection, type FigureOnFile } from '../../../src/domain/reply/quoted-figure.js';
import { F } from './fixtures.js';

const onFile: FigureOnFile[] = [
  { field: F.dibaoHouseholds, period: '2026-11', value: 132 },
  { field: F.dibaoPersons, period: '2026-11', value: 208 },
];

const corrected = (text: string, figures = onFile) => {
  const found = quotedFigureCorrection(text, figures, false);
  return found?.kind === 'corrects' ? `${found.field.key}=${found.value}` : found?.kind ?? null;
};

describe('a correction quoting the wrong figure', () => {
  it('corrects the item whose figure it quotes', () => {
    for (const text of ['208不对，应该是211', '报的208有误，应为211', '208写错了 是211', '把208改成211', '不好意思，208是上个月的，这个月是211', '刚才那个208人报错了，应该是211人']) {
      expect(corrected(text), text).toBe('dibao_persons=211');
    }
  });

  it('corrects nothing when the quoted figure is on file for two items', () => {
    expect(corrected('132不对，应该是133', [...onFile, { field: F.tekun, period: '2026-11', value: 132 }])).toBeNull();
  });

  it('corrects nothing when no figure on file is the one quoted', () => {
    expect(corrected('210不对，应该是211')).toBeNull();
  });

  it('leaves a message that names an item, or says no figure is wrong, to the reader', () => {
    expect(quotedFigureCorrection('低保人数208不对，应该是211', onFile, true)).toBeNull();
    expect(corrected('208是对的，211是上个月的')).toBeNull();
    expect(corrected('208，211')).toBeNull();
  });

  it('refuses a new figure that fails the item\'s checks', () => {
    expect(corrected('208不对，应该是211.5')).toBe('invalid');
  });
});
