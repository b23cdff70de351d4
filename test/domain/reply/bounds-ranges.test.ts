import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

const social = ctx(open(F.dibaoHouseholds), open(F.dibaoPersons), open(F.tekun));
const parsed = (text: string) => parseReply(text, social);
const values = (text: string): string[] => summary(parsed(text).values).sort();
const invalid = (text: string): string[] => parsed(text).invalid.map((v) => v.field).sort();

describe('a bound (不到10户) or a range (120-130户) is not a figure to record', () => {
  it.each(['低保户数不到10户', '低保户数超过100户', '低保户数120-130户', '低保户数120~130户', '低保户数120至130户'])('%s', (text) => {
    expect(values(text)).toEqual([]);
    expect(invalid(text)).toEqual(['dibao_households']);
  });

  it('keeps the exact figures around it', () => {
    expect(values('低保户数120户，低保人数超过200人')).toEqual(['dibao_households=120@2026-11']);
    expect(values('低保户数120户-低保人数200人')).toEqual(['dibao_households=120@2026-11', 'dibao_persons=200@2026-11']);
  });
});
