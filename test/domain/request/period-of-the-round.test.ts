// A due day counted from a round's end (报告月后的3天内 / 每季度结束后15日内) closes that round: its month or quarter is
// what is counted, unless the ask names a period itself.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string, at = '2026-11-24T09:00:00+08:00') => parseRequest(text, member('lead_mz'), ctxAt(at));

describe('the period of the round a deadline closes', () => {
  it('报告月后的3天内 on November 30th: the round is November', () => {
    const r = parse('请各镇街于报告月后的3天内报送低保户数月报。', '2026-11-30T09:00:00+08:00');
    expect(r?.period).toBe('2026-11');
  });

  it('on December 2nd the November round is still open', () => {
    expect(parse('请各镇街于报告月后的3天内报送低保户数月报。', '2026-12-02T09:00:00+08:00')?.period).toBe('2026-11');
  });

  it('每季度结束后15日内: the quarter whose round is open', () => {
    expect(parse('请各镇街每季度结束后15日内报送临时救助人次。', '2026-11-24T09:00:00+08:00')?.period).toBe('2026-Q4');
  });

  it('a period the ask names wins over the round', () => {
    expect(parse('请各镇街于月后3天内报送10月低保户数。', '2026-11-02T09:00:00+08:00')?.period).toBe('2026-10');
  });
});
