// DIGITS_ONE_BY_ONE (numbers.ts): 入户核查一二八户 — voice input writes a count said digit by digit: three to six digits with no
// 十/百/千 between them are that number (128). It read nothing: 一二 was taken for "one or two". Two neighbours alone (三四户)
// still say "three or four", and a run that only counts up (一二三) is no figure.
import { describe, expect, it } from 'vitest';
import { parseChineseInteger } from '../../../src/domain/numbers.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, F, open, summary } from './fixtures.js';

const dibao = ctx(open(F.dibaoHouseholds), open(F.dibaoPersons));

describe('digits said one by one', () => {
  it('are the number they spell', () => {
    expect(parseChineseInteger('一二八')).toBe(128);
    expect(summary(parseReply('低保一二八户，二零三人', dibao).values)).toEqual(['dibao_households=128@2026-11', 'dibao_persons=203@2026-11']);
    expect(summary(parseReply('低保户数一二八', dibao).values)).toEqual(['dibao_households=128@2026-11']);
  });

  it('two neighbours, or a run counting up, are no figure', () => {
    expect(parseChineseInteger('三四')).toBeNull();
    expect(parseChineseInteger('一二三')).toBeNull();
    expect(parseChineseInteger('一百二十八')).toBe(128);
    expect(parseChineseInteger('十二')).toBe(12);
    expect(summary(parseReply('低保三四户', dibao).values)).toEqual([]);
  });
});
