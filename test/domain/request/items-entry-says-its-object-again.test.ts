// 拟救助户数、拟救助资金: the second entry opens on the same words as the first and says its object itself. Lending it the first
// entry's head again (拟救助户 + 拟救助资金) doubled the words, and the doubled phrase read as 临时救助金额 — money paid, where the
// plan asks for money planned. The entry is left a new item (the lead is asked); an entry naming no object still borrows one.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-11-20T09:00:00+08:00'));

describe('an entry that says its object again borrows nothing', () => {
  it('拟救助户数、拟救助资金: no 临时救助金额', () => {
    const r = parse('请各镇街于12月10日前报送拟救助户数、拟救助资金。');
    expect(r?.fields).not.toContain('temp_aid_amount');
    expect(r?.newFields.map((f) => f.label)).toContain('拟救助资金');
  });

  it('低保户数、人数: an entry with no object still borrows the one before', () => {
    expect(parse('请各镇街于12月10日前报送低保户数、人数。')?.fields).toEqual(['dibao_households', 'dibao_persons']);
  });
});
