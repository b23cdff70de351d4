// 23户41人 已核实无误: saying the figures were checked labels none of them; the figure before it stays bare.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

const values = (text: string): string[] => summary(parseReply(text, ctx(open(F.dibaoHouseholds), open(F.dibaoPersons))).values);

describe('a checked sign-off after the figures', () => {
  it('leaves the last figure read by its measure word', () => {
    expect(values('23户41人 已核实无误')).toEqual(['dibao_households=23@2026-11', 'dibao_persons=41@2026-11']);
    expect(values('23户41人，均已核对无误')).toEqual(['dibao_households=23@2026-11', 'dibao_persons=41@2026-11']);
  });
});
