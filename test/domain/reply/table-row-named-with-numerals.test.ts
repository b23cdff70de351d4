// A table row whose label is a unit's name spelt with numerals (十四村, 三合村) is a row like any other: its first
// cell names the unit, it is no figure, and the rows after it are read too.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open } from './fixtures.js';

const asks = () => [open(F.dibaoHouseholds), open(F.dibaoPersons)];
const town = {
  ...ctx(...asks()),
  unitName: '坦洲镇',
  others: [
    { id: 'anfu', name: '安阜村', candidates: asks() },
    { id: 'shisi', name: '十四村', candidates: asks() },
    { id: 'lianyi', name: '联一村', candidates: asks() },
  ],
};
const byUnit = (text: string) => parseReply(text, town).values.map((v) => `${v.unit ?? 'own'}:${v.field}=${v.value}`).sort();

describe('a row named with numerals', () => {
  it('is read, and so are the rows under it (full-width spaces and digits)', () => {
    expect(byUnit('村　低保户数　低保人数\n安阜　６　１１\n十四村　５　９\n联一　７　１３')).toEqual([
      'anfu:dibao_households=6', 'anfu:dibao_persons=11',
      'lianyi:dibao_households=7', 'lianyi:dibao_persons=13',
      'shisi:dibao_households=5', 'shisi:dibao_persons=9',
    ]);
  });

  it('with tabs, as its first row', () => {
    expect(byUnit('村\t低保户数\t低保人数\n十四村\t5\t9\n联一\t7\t13')).toEqual([
      'lianyi:dibao_households=7', 'lianyi:dibao_persons=13',
      'shisi:dibao_households=5', 'shisi:dibao_persons=9',
    ]);
  });

  it('a row of figures under a header still reads as figures (三十 is no unit)', () => {
    const village = { ...ctx(...asks()), unitName: '十四村' };
    expect(parseReply('低保户数 低保人数\n三十 五十二', village).values.map((v) => `${v.field}=${v.value}`).sort()).toEqual([
      'dibao_households=30', 'dibao_persons=52',
    ]);
  });
});
