// Periods of different kinds joined by a conjunction right before the due day are asked for together.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parseAt = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-11-20T09:00:00+08:00'));

describe('periods of two kinds joined before the due day', () => {
  it('上半年和第三季度…11月30日前报送: the first half and the third quarter', () => {
    const r = parseAt('各镇街民政办：请汇总上半年和第三季度临时救助金额，分两栏填写，11月30日前报送。');
    expect(r?.periods).toEqual(['2026-H1', '2026-Q3']);
  });

  it('9月和第四季度 read the same way: a month and a quarter', () => {
    expect(parseAt('请各镇街报送9月和第四季度临时救助人次，12月5日前报送。')?.periods).toEqual(['2026-09', '2026-Q4']);
  });

  it('a year in front of its half is no period of its own (2026年上半年)', () => {
    const r = parseAt('请各镇街报送2026年上半年临时救助金额，11月30日前报送。');
    expect(r?.period).toBe('2026-H1');
    expect(r?.periods).toBeUndefined();
  });
});
