// 各镇街12月10日前报11月低保户数、人数；特困人数；临时救助人次、金额: an ask's items go on past its semicolons when what follows
// is a bare group of names (ASK_GOES_ON, items.ts). Only 低保户数 and 低保人数 were read; the rest was dropped without a word.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-12-02T09:00:00+08:00'));

describe('an ask goes on past its semicolon', () => {
  it('groups of names after the ask', () => {
    expect(parse('【通知】各镇街12月10日前报11月低保户数、人数；特困人数；临时救助人次、金额。谢谢！')?.fields)
      .toEqual(['dibao_households', 'dibao_persons', 'tekun_persons', 'temp_aid_times', 'temp_aid_amount']);
  });
  it('one name after each semicolon', () => {
    expect(parse('各镇街：请于12月10日前报送低保户数；特困供养人数；临时救助人次。')?.fields)
      .toEqual(['dibao_households', 'tekun_persons', 'temp_aid_times']);
  });
  it('a sentence of its own after the semicolon is no item', () => {
    const r = parse('各镇街：请于12月10日前报送低保户数；各镇街要高度重视，确保数据真实准确。');
    expect(r?.fields).toEqual(['dibao_households']);
    expect(r?.newFields).toEqual([]);
  });
});
