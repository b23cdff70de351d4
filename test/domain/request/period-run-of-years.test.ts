// 2030年、2031年、2032年每年的农民人均纯收入: a run of years asked together reaches up to the recent ones, so each of them
// is asked, the earliest too, however long ago it was (a lone year long past still is not).
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2033-05-10T10:00:00+08:00'));

describe('a run of years', () => {
  it('lists every year of the run, the first named as the period', () => {
    expect(parse('请各镇街于5月30日前报送2030年、2031年、2032年每年的低保户数。')).toMatchObject({ period: '2030', periods: ['2030', '2031', '2032'] });
  });

  it('a lone year long past is still no period', () => {
    expect(parse('请各镇街于5月30日前报送2028年度的低保户数。')?.period).toBeNull();
  });
});
