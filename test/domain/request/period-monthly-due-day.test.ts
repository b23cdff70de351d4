// 每月8日报送 / 每月25日前报, with no period named: an early day closes the month just ended, a late one the month it is in.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parseAt = (text: string, at: string) => parseRequest(text, member('lead_mz'), ctxAt(at));

const at = '2035-04-02T09:00:00+08:00';

describe('the month a monthly due day closes', () => {
  it('每月8日 counts the month before', () => {
    expect(parseAt('请各镇街每月8日报送低保户数。', at)?.period).toBe('2035-03');
  });

  it('每月25日前 counts the month it falls in', () => {
    expect(parseAt('请各镇街于每月25日前将低保户数报区民政局。', at)?.period).toBe('2035-04');
  });

  it('several days a month (每月5日、15日、25日前) name no month', () => {
    expect(parseAt('请各镇街于每月5日、15日、25日前报送低保户数。', at)?.period).toBeNull();
  });

  it('a period the ask names still counts', () => {
    expect(parseAt('请各镇街于每月25日前将上月低保户数报区民政局。', at)?.period).toBe('2035-03');
  });
});
