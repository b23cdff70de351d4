// Years long before the notice (2007—2010年度的补助) say what the figures are about: no unit reports for them now.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const AT = '2026-11-24T09:00:00+08:00';
const period = (text: string): string | null | undefined => parseRequest(text, member('lead_mz'), ctxAt(AT))?.period;

describe('periods long past', () => {
  it('a year three or more years before the notice is not the period', () => {
    expect(period('本次只申报2010年度的危房改造户数，请各镇街于11月30日前报送。')).toBeNull();
  });

  it('the year before last still is', () => {
    expect(period('请各镇街于11月30日前补报2024年度危房改造户数。')).toBe('2024');
  });
});
