// SPACED_VOICE_DIGITS: 入户宣传 1 2 8户 / 参演 3 6人 — voice input typing a number digit by digit with spaces between: single
// digits one space apart that run into a measure word of counted things are one figure. Read as typed, the first digit was
// stored (1户, a wrong figure). Months and days (1 2月) and figures two spaces apart stay as they are.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, F, open, summary } from './fixtures.js';

const read = (text: string) => summary(parseReply(text, ctx(open(F.dibaoHouseholds), open(F.tekun))).values);

describe('digits typed one by one with spaces', () => {
  it('are one figure before a measure word', () => {
    expect(read('低保 1 2 8户')).toEqual(['dibao_households=128@2026-11']);
  });

  it('for each item of a voice run', () => {
    expect(read('低保1 2 8户特困 3 6人')).toEqual(['dibao_households=128@2026-11', 'tekun_persons=36@2026-11']);
  });

  it('never the first digit alone', () => {
    expect(read('低保户数 1 2 8户，特困供养人数 1 2人')).not.toContain('dibao_households=1@2026-11');
  });

  it('figures of their own stay apart', () => {
    expect(read('低保 12户 特困 3人')).toEqual(['dibao_households=12@2026-11', 'tekun_persons=3@2026-11']);
  });
});
