// 本次上报时间为1月15日前，此后于每月月底前报送: the clause opened by 此后 says when the later rounds are due; the round
// asked now is due on the day named for it.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { formatZoned } from '../../../src/domain/time.js';
import { ctxAt, member } from './helpers.js';

const due = (text: string) => {
  const d = parseRequest(text, member('lead_mz'), ctxAt('2049-12-10T14:00:00+08:00'))?.deadline;
  return d ? formatZoned(d, 'Asia/Shanghai') : null;
};

describe('the later rounds\' due day', () => {
  it('is not this round\'s', () => {
    expect(due('各镇人民政府、各街道办事处：请报送低保户数，本次上报时间为1月15日前，此后于每月月底前报送。')).toBe('2050-01-15T23:59:59+08:00');
  });

  it('is the due day when it is the only one', () => {
    expect(due('各镇人民政府、各街道办事处：请报送低保户数，此后于每月月底前报送。')).toBe('2049-12-31T23:59:59+08:00');
  });
});
