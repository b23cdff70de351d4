// 请各镇街于11月25日前报送今年1-10月累计临时救助人次和10月当月临时救助人次: a running total to the end of October and October's own
// figure are two periods asked together (2026-10-31 and 2026-10); only the total was kept (RUNNING_TOTAL_AND_ITS_MONTH,
// period-choice.ts). A total alone keeps its one period.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-11-20T09:00:00+08:00'));

describe('a running total beside its month\'s own figure', () => {
  it('asks for both periods', () => {
    const r = parse('请各镇街于11月25日前报送今年1-10月累计临时救助人次和10月当月临时救助人次。');
    expect(r?.period).toBe('2026-10-31');
    expect(r?.periods).toEqual(['2026-10-31', '2026-10']);
  });
  it('keeps one period for a total alone', () => {
    const r = parse('请各镇街于11月25日前报送今年1-10月累计临时救助人次。');
    expect(r?.period).toBe('2026-10-31');
    expect(r?.periods).toBeUndefined();
  });
});
