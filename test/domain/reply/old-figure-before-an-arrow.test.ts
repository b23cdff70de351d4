import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

const c = ctx(open(F.dibaoHouseholds, '2026-11', true), open(F.dibaoPersons, '2026-11', true));
const values = (text: string): string[] => summary(parseReply(text, c).values);

describe('60→61: the figure before an arrow is the one replaced', () => {
  it.each([['低保人数更正：60→61', 'dibao_persons=61@2026-11'], ['低保户数 19->21户', 'dibao_households=21@2026-11'], ['低保人数 386→391（漏录了5人）', 'dibao_persons=391@2026-11']])('%s', (text, want) => {
    expect(values(text)).toEqual([want]);
  });
});
