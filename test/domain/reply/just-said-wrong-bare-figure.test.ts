import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

const latest = { ...open(F.ratio, '2026-11', true), latest: true };
const values = (text: string, ...extra: ReturnType<typeof open>[]): string[] =>
  summary(parseReply(text, ctx(open(F.dibaoHouseholds, '2026-11', true), open(F.tempTimes), ...extra)).values);

describe('刚才说错了 with a bare figure', () => {
  it('corrects the one figure the last reply gave', () => {
    expect(values('刚才说错了，91.2', latest)).toEqual(['coverage_ratio=91.2@2026-11']);
  });

  it('is not read when the last reply gave nothing or several figures', () => {
    expect(values('刚才说错了，91.2', open(F.ratio, '2026-11', true))).toEqual([]);
    expect(values('刚才说错了，91.2', latest, { ...open(F.dibaoPersons, '2026-11', true), latest: true })).toEqual([]);
  });
});
