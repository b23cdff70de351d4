// 各镇街目前在册低保户有多少？特困供养人员有多少？请于11月30日前回复 — after a question of how many, 回复 by a time is the hand-in
// (REPLY_TO_A_COUNT); a question put to a list asks the count of every member (QUESTION_OF_EACH).
import { describe, expect, it } from 'vitest';
import { localDue, parseWithDictionary } from './helpers.js';

const AT = '2026-11-20T09:00:00+08:00';
const read = (text: string, lead = 'lead_mz') => parseWithDictionary(text, lead, AT);

describe('回复 after a question of how many', () => {
  it('is the hand-in, by the time it is said with', () => {
    const r = read('【区民政局】各镇街目前在册低保户有多少？特困供养人员有多少？请于11月30日前回复。');
    expect(r?.fields).toEqual(['dibao_households', 'tekun_persons']);
    expect(localDue(r)).toBe('2026-11-30T23:59');
  });

  it('a list asked 分别是多少 / 各是多少 asks every member', () => {
    expect(read('各镇街11月份低保户、低保人数分别是多少，请11月30日前回复。')?.fields).toEqual(['dibao_households', 'dibao_persons']);
    expect(read('各镇街残联专干：本年度困难残疾人生活补贴、重度残疾人护理补贴人数各是多少？11月30日前回复。', 'lead_cl')?.fields)
      .toEqual(['hardship_disability_allowance', 'severe_disability_care']);
  });

  it('a work said with how many of its measure counts that work (临时救助了多少人次、发放金额多少)', () => {
    expect(read('各位，11月份各镇街临时救助了多少人次、发放金额多少？11月25日前回复一下。')?.fields).toEqual(['temp_aid_times', 'temp_aid_amount']);
  });

  it('回复 with no question of how many, or 回复收到, asks nothing', () => {
    expect(read('各镇街：低保复核工作已部署，请于11月30日前回复收到。')).toBeNull();
    expect(read('各镇街低保户数有多少？请回复收到。')).toBeNull();
  });
});
