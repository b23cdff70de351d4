// When the ask itself names two periods of the same form that it does not ask for together, the reader is not sure
// which one it means: the parse keeps the first and lists the other as a doubt for the lead to settle.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-11-23T09:00:00+08:00'));

describe('a period the reader is not sure of', () => {
  it('two months named apart in the ask: the first is read, the other is a doubt', () => {
    const r = parse('请朱沱镇11月30日前报送本月低保户数，10月的低保户数也报一下');
    expect(r?.period).toBe('2026-11');
    expect(r?.periodDoubt).toEqual(['2026-10']);
  });

  it('periods asked for together (本月和上月) are several periods, not a doubt', () => {
    const r = parse('请各镇街于11月30日前报送本月和上月低保户数');
    expect(r?.periods).toEqual(['2026-11', '2026-10']);
    expect(r?.periodDoubt).toBeUndefined();
  });

  it('one period named: no doubt', () => {
    expect(parse('请各镇街于11月30日前报送本月低保户数')?.periodDoubt).toBeUndefined();
  });
});
