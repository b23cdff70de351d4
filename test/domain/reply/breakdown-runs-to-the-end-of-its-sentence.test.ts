// 128户，其中城市低保30户，农村低保98户 — 其中 opens a breakdown that runs on to the end of its sentence: every part after it is
// a part of the total, never the total itself. The last part (98) was stored as 低保户数.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

const values = (text: string, ...fields: Array<typeof F.dibaoHouseholds>): string[] =>
  summary(parseReply(text, ctx(...fields.map((f) => open(f)))).values);

describe('a breakdown after 其中 runs to the end of its sentence', () => {
  it('the parts after the first keep the total', () => {
    expect(values('128户，其中城市低保30户，农村低保98户', F.dibaoHouseholds)).toEqual(['dibao_households=128@2026-11']);
  });

  it('包括 opens it too, and a figure of another item after the sentence is still read', () => {
    expect(values('低保户数128户，包括城市低保30户，农村低保98户。低保人数203人', F.dibaoHouseholds, F.dibaoPersons))
      .toEqual(['dibao_households=128@2026-11', 'dibao_persons=203@2026-11']);
  });

  it('the next sentence is no part of it: a level said there still replaces', () => {
    expect(values('特困供养人数14人，其中集中供养3人。更正：特困供养人数15人', F.tekun)).toEqual(['tekun_persons=15@2026-11']);
  });
});
