import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

const social = ctx(open(F.dibaoHouseholds), open(F.dibaoPersons), open(F.tekun), open(F.tempTimes), open(F.tempAmount));
const values = (text: string): string[] => summary(parseReply(text, social).values).sort();

describe('分别 after a label list whose later label is elided (低保户数、人数)', () => {
  it('reads the elided label with the earlier label’s stem', () => {
    expect(values('低保户数、人数分别为120、200')).toEqual(['dibao_households=120@2026-11', 'dibao_persons=200@2026-11']);
    expect(values('本月临时救助人次、金额分别为12、3500')).toEqual(['temp_aid_amount=3500@2026-11', 'temp_aid_times=12@2026-11']);
  });

  it('still reads fully named lists', () => {
    expect(values('低保户、低保人数分别为120、208')).toEqual(['dibao_households=120@2026-11', 'dibao_persons=208@2026-11']);
  });
});
