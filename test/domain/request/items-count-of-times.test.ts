// 每周五下班前报送一次: how often a report goes is no item (NOT_AN_ITEM's count of times, items.ts).
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-12-02T09:00:00+08:00'));

describe('a count of times is no item', () => {
  it('报送一次，内容为…', () => {
    const r = parse('各镇街：冬季临时救助数据每周五下班前报送一次，内容为当周临时救助人次和金额。');
    expect(r?.fields).toEqual(['temp_aid_times', 'temp_aid_amount']);
    expect(r?.newFields).toEqual([]);
  });
  it('一式两份', () => {
    const r = parse('各镇街：请于12月10日前报送高龄津贴发放人数，纸质材料一式两份。');
    expect(r?.newFields.map((f) => f.label)).toEqual(['高龄津贴发放人数']);
  });
});
