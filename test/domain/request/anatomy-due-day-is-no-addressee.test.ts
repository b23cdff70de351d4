// 各镇街本周五前报：1.低保户数 2.低保人数 — a line that greets the units and says when to hand in is the ask with its list,
// not an addressee line; read as an addressee, the list after it was background and the request was dropped.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const AT = '2026-12-07T09:00:00+08:00';
const read = (text: string) => parseRequest(text, member('lead_mz'), ctxAt(AT));

describe('a due day before the colon', () => {
  it('an inline numbered list after 各镇街本周五前报： is read', () => {
    const r = read('【民政】各镇街本周五前报：1.低保户数 2.低保人数 3.临时救助人次（11月）');
    expect(r?.fields).toEqual(['dibao_households', 'dibao_persons', 'temp_aid_times']);
    expect(r?.deadline?.toISOString()).toBe('2026-12-11T15:59:59.000Z');
  });

  it('the list on its own lines is read too', () => {
    expect(read('各镇街明天下班前报：\n1.低保户数\n2.特困供养人数')?.fields).toEqual(['dibao_households', 'tekun_persons']);
  });

  it('a plain addressee line still greets', () => {
    expect(read('各镇街：\n请于12月11日前报送低保户数。')?.targets).toHaveLength(6);
  });
});
