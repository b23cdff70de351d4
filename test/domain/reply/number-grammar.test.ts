// The inputs issue 14 lists for numbers: each gets the right value, marked as an estimate where it is one, or a
// clear question; none is stored wrong.
import { describe, expect, it } from 'vitest';
import { parseNumberToken, readNumberAt } from '../../../src/domain/numbers.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open } from './fixtures.js';

const social = ctx(open(F.dibaoHouseholds), open(F.dibaoPersons), open(F.tempAmount), open(F.ratio));
const read = (text: string, c = social) => {
  const r = parseReply(text, c);
  return {
    values: r.values.map((v) => `${v.field}=${v.value}${v.approximate ? '~' : ''}`),
    invalid: r.invalid.map((v) => `${v.field}: ${v.reason}`),
  };
};

describe('number tokens', () => {
  it.each([
    ['三点五', 3.5], ['一百二十点五', 120.5], ['1.2万', 12_000], ['0.12万', 1200], ['两千零五', 2005], ['3,456', 3456],
    ['3，456', 3456], ['负5', -5], ['-5', -5], ['三点五万', 35_000], ['１２０', 120], ['0.0000001', 0.0000001],
  ])('%s → %d', (token, value) => {
    expect(parseNumberToken(token)).toBe(value);
  });

  it('a clock time (三点五十, 三点五分) is not a decimal', () => {
    expect(parseNumberToken('三点五十')).toBeNull();
    expect(parseNumberToken('三点五分')).toBeNull();
  });

  it('marks digits a double cannot hold exactly', () => {
    expect(readNumberAt('9007199254740993', 0)?.unsafe).toBe(true);
    expect(readNumberAt('9'.repeat(22), 0)?.unsafe).toBe(true);
    expect(readNumberAt('9007199254740991', 0)?.unsafe).toBe(false);
  });

  it('a dash between two numbers is a range, not a sign', () => {
    expect(readNumberAt('120-130', 4)?.negative).toBe(false);
  });
});

describe('figures in replies', () => {
  it('a count beyond 2^53 is refused, never cut to its last digits', () => {
    expect(read('低保户数9007199254740993')).toEqual({ values: [], invalid: [expect.stringMatching(/^dibao_households: 数字位数太多/)] });
    expect(read(`低保户数${'9'.repeat(22)}`).values).toEqual([]);
  });

  it('a tiny decimal never becomes 0, nor replaces a count as a correction', () => {
    const answered = ctx(open(F.dibaoHouseholds, '2026-11', true));
    expect(read('更正：低保户数0.0000001', answered)).toEqual({ values: [], invalid: [expect.stringMatching(/应为整数/)] });
  });

  it('a negative count is a question, with or without a space before the sign', () => {
    for (const text of ['低保人数 -12', '低保人数负5', '低保人数-12人']) {
      expect(read(text)).toEqual({ values: [], invalid: [expect.stringMatching(/^dibao_persons: 不能为负数/)] });
    }
  });

  it('a negative figure where the field allows it', () => {
    const change = { key: 'change', label: '低保户增减数', aliases: [], type: 'integer' as const, unit: '户', min: -10_000 };
    expect(read('低保户增减数-3户', ctx(open(change))).values).toEqual(['change=-3']);
  });

  it('a Chinese decimal is read as a number, and a whole-number field asks about it', () => {
    expect(read('低保人数一百二十点五').invalid).toEqual([expect.stringMatching(/^dibao_persons: 应为整数，是不是写错了/)]);
    expect(read('临时救助金额三点五万元').values).toEqual(['temp_aid_amount=35000']);
    expect(read('覆盖率八十七点五').values).toEqual(['coverage_ratio=87.5']);
  });

  it('estimates are kept as estimates', () => {
    expect(read('低保人数约三百八').values).toEqual(['dibao_persons=380~']);
    expect(read('临时救助金额大概1.2万').values).toEqual(['temp_aid_amount=12000~']);
    expect(read('低保户数120户左右').values).toEqual(['dibao_households=120~']);
    expect(read('低保户数20余户').values).toEqual(['dibao_households=20~']);
    expect(read('临时救助金额1万多元').values).toEqual(['temp_aid_amount=10000~']);
    expect(read('低保户数120户').values).toEqual(['dibao_households=120']);
  });

  it('节约 and 预约 are not estimates', () => {
    const saved = { key: 'saved', label: '节约资金', aliases: [], type: 'number' as const, unit: '元', min: 0 };
    expect(read('节约资金节约120元', ctx(open(saved))).values).toEqual(['saved=120']);
  });

  it('thousands separators, half- and full-width', () => {
    expect(read('临时救助金额3,456元').values).toEqual(['temp_aid_amount=3456']);
    expect(read('临时救助金额3，456元').values).toEqual(['temp_aid_amount=3456']);
  });

  it('percentages in words and signs', () => {
    expect(read('覆盖率百分之十二').values).toEqual(['coverage_ratio=12']);
    expect(read('覆盖率百分之十二点五，低保户数3户').values).toEqual(['coverage_ratio=12.5', 'dibao_households=3']);
    expect(read('覆盖率12%').values).toEqual(['coverage_ratio=12']);
  });
});

describe('estimates, tentative figures and running totals', () => {
  const pigs = { key: 'pigs', label: '生猪出栏头数', aliases: ['生猪出栏数'], type: 'integer' as const, unit: '头', min: 0 };

  it('二十几头 and 约八成 are estimates (tenths as a percentage)', () => {
    expect(read('生猪出栏二十几头', ctx(open(pigs))).values).toEqual(['pigs=20~']);
    expect(read('覆盖率约八成', ctx(open(F.ratio))).values).toEqual(['coverage_ratio=80~']);
  });

  it('可能是88 is asked about, not stored', () => {
    expect(read('生猪出栏可能是88头', ctx(open(pigs)))).toEqual({ values: [], invalid: [expect.stringMatching(/^pigs: 说的是“可能”/)] });
  });

  it('a running total from January never stands for the month asked', () => {
    expect(read('1-11月累计生猪出栏2.6万头，其中11月2450头', ctx(open(pigs)))).toEqual({ values: ['pigs=2450'], invalid: [] });
    expect(read('1至11月累计临时救助14人次', ctx(open(F.tempTimes))).values).toEqual([]);
    expect(read('1至11月累计临时救助14人次', ctx(open(F.tempTimes, '2026-11-30'))).values).toEqual(['temp_aid_times=14']);
    expect(read('截至11月底低保户数120户', ctx(open(F.dibaoHouseholds))).values).toEqual(['dibao_households=120']);
  });
});
