// A notice that names several periods together (本月和上月, 10月、11月) asks for each; the first named is its period.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const AT = '2026-11-26T09:00:00+08:00';
const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt(AT));

describe('several periods', () => {
  it('本月和上月 lists both, this month first', () => {
    expect(parse('请各镇街12月1日前报一下本月和上月的低保户数')).toMatchObject({ period: '2026-11', periods: ['2026-11', '2026-10'] });
  });

  it('9月、10月 lists both in the order named', () => {
    expect(parse('请各镇街11月30日前补报9月、10月低保户数')).toMatchObject({ period: '2026-09', periods: ['2026-09', '2026-10'] });
  });

  it('one period gives no list, and a period elsewhere in the notice is not joined to it', () => {
    const r = parse('请各镇街11月30日前报送本月低保户数。上月已报的不用重复报。');
    expect(r?.period).toBe('2026-11');
    expect(r?.periods).toBeUndefined();
  });
});
