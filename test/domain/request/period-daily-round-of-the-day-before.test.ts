// 于每日10时前将前日…报: 前日 alone is the day before the round's due day, as 前一日 is (not 提前日期 or 节前日报).
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-11-24T09:00:00+08:00'));

describe('a daily round of the day before', () => {
  it('前日 makes the period the day before the first round', () => {
    const r = parse('自12月1日起实行日报制度，各镇街于每日10时前将前日临时救助人次报区民政局。');
    expect(r?.period).toBe('2026-11-30');
  });

  it('前日 inside 提前日期 is no day word', () => {
    const r = parse('自12月1日起实行日报制度，各镇街于每日10时前报送当日临时救助人次，不得提前日期。');
    expect(r?.period).toBe('2026-12-01');
  });
});
