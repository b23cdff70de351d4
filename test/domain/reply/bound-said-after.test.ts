import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

const c = ctx(open(F.dibaoHouseholds), open(F.tempTimes));
const parsed = (text: string) => parseReply(text, c);

describe('a bound said after the figure (2人次以上, 500以下) is not a figure to record', () => {
  it.each(['临时救助2人次以上', '低保户数30户以内', '低保户数 500以下，具体在核'])('%s', (text) => {
    expect(parsed(text).values).toEqual([]);
    expect(parsed(text).invalid).toHaveLength(1);
  });

  it('keeps the exact figure beside it', () => {
    expect(summary(parsed('低保户数120户，临时救助5人次以上').values)).toEqual(['dibao_households=120@2026-11']);
  });
});
