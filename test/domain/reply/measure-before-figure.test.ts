// MEASURE_BEFORE_FIGURE (normalize.ts): 走访 户230人410 / 走访户230、人410 — the measure word typed before each figure of a pair
// in two measures. 230 took the 人 after it (走访人数 230) and 410 was left bare; read as 230户410人 now.
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { measuresAfterFigures } from '../../../src/domain/reply/normalize.js';
import { ctx, F, open, summary } from './fixtures.js';

const int = (key: string, label: string, aliases: string[], unit: string): FieldDef => ({ key, label, aliases, type: 'integer', unit, min: 0 });
const visits = int('visits', '走访户数', ['走访户'], '户');
const people = int('people', '走访人数', ['走访人员'], '人');

describe('a measure word before each figure', () => {
  it('is read after it', () => {
    expect(summary(parseReply('走访 户230人410，宣传单发了300份', ctx(open(visits), open(people))).values))
      .toEqual(['people=410@2026-11', 'visits=230@2026-11']);
    expect(summary(parseReply('低保户23人41', ctx(open(F.dibaoHouseholds), open(F.dibaoPersons))).values))
      .toEqual(['dibao_households=23@2026-11', 'dibao_persons=41@2026-11']);
  });
  it('keeps the length and leaves other figures alone', () => {
    expect(measuresAfterFigures('走访户230、人410')).toBe('走访230户、410人');
    expect(measuresAfterFigures('低保户23人41人')).toBe('低保户23人41人');
    expect(measuresAfterFigures('3户230人')).toBe('3户230人');
    expect(measuresAfterFigures('户23户41')).toBe('户23户41');
  });
});
