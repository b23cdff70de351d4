// 自2028年1月起每单月报送: the month a schedule starts in is not what its rounds count.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const period = (text: string): string | null | undefined =>
  parseRequest(text, member('lead_mz'), ctxAt('2027-01-05T09:00:00+08:00'))?.period;

describe('the start of a schedule', () => {
  it('自2027年1月起 is when the rounds begin; the period the ask names counts', () => {
    expect(period('自2027年1月起，每月10日前将上月低保户数报区民政局。')).toBe('2026-12');
  });

  it('with nothing else named, the start month is not the period either', () => {
    expect(period('自2027年1月起，各镇街每月10日前报送低保户数。')).not.toBe('2027-01');
  });
});
