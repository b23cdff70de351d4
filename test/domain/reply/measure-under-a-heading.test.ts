import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

const social = ctx(open(F.dibaoHouseholds), open(F.dibaoPersons), open(F.tempTimes), open(F.tempAmount));
const values = (text: string): string[] => summary(parseReply(text, social).values);

describe('a measure alone after a heading and its colon (低保：户数23)', () => {
  it('measures the item the heading names', () => {
    expect(values('低保：户数23，人数41')).toEqual(['dibao_households=23@2026-11', 'dibao_persons=41@2026-11']);
    expect(values('临时救助：人次 12 ；金额 1.8 万')).toEqual(['temp_aid_amount=18000@2026-11', 'temp_aid_times=12@2026-11']);
  });

  it('a full label after the colon is read as before (华新社区截至25日：低保户数23)', () => {
    expect(values('截至25日：低保户数23')).toEqual(['dibao_households=23@2026-11']);
  });

  it('a heading that names another item still does not pass its measure to the wrong field', () => {
    expect(values('临时救助：户数5')).not.toContain('dibao_households=5@2026-11');
  });
});
