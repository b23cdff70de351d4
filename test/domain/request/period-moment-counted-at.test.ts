// DATA_DATE: 统计时点为11月1日 / 以11月1日为统计时点 — the moment the figures are counted at is the snapshot asked for. Only
// 截止时点 and 以…为准 were read; these gave no period (the bot would have asked for this month's figures).
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const period = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2049-11-19T09:00:00+08:00'))?.period;

describe('the moment the figures are counted at', () => {
  it('is the period', () => {
    expect(period('各镇街：请报送低保户数，统计时点为2049年11月1日，11月27日前报。')).toBe('2049-11-01');
    expect(period('各镇街：请报送低保户数，以11月1日为统计时点，11月27日前报。')).toBe('2049-11-01');
  });

  it('a census-style moment at 24时 leaves the window of flows it closes to name the period', () => {
    expect(period('各镇街：统计时点为6月30日24时，填报2049年1月1日至6月30日发生的低保户数，7月15日前报送。')).not.toBe('2049-06-30');
  });
});
