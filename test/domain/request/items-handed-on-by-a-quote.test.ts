// QUOTED_ITEMS: 市局要求今天下午5点前报送百岁老人人数，各镇街务必按时报送 — the ask names no item of its own and passes on what
// the higher body's requirement asks for (read without it, the notice was no request at all).
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2049-11-20T09:00:00+08:00'));

describe('an ask that names no item of its own', () => {
  it('asks for what the quoted requirement asks', () => {
    expect(parse('市局要求今天下午5点前报送百岁老人人数，各镇街务必按时报送。')?.fields).toEqual(['centenarians']);
  });

  it('with the due time of its own', () => {
    const r = parse('市局要求报送低保户数，各镇街今天下午5点前报送。');
    expect(r?.fields).toEqual(['dibao_households']);
    expect(r?.deadlineHasTime).toBe(true);
  });

  it('an ask naming its own items takes none from the quote', () => {
    expect(parse('市局要求报送低保户数、低保人数，请各镇街于11月25日前报送百岁老人人数。')?.fields).toEqual(['centenarians']);
  });
});
