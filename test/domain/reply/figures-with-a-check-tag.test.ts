import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

const c = ctx(open(F.dibaoHouseholds, '2026-11', true), open(F.dibaoPersons, '2026-11', true));
const parsed = (text: string) => parseReply(text, c);

describe('figures followed by 这样报对吧？', () => {
  it('gives the figures', () => {
    expect(summary(parsed('低保户数33户 低保人数61人 这样报对吧？').values)).toEqual(['dibao_households=33@2026-11', 'dibao_persons=61@2026-11']);
  });

  it('stays a question without figures', () => {
    expect(parsed('这样报对吧？').question).toBe(true);
    expect(parsed('这样报对吧？').values).toEqual([]);
  });
});
