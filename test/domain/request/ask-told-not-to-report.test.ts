// 各镇街：本月医疗救助人次和金额不用报了，系统已自动统计 — a message that tells the units not to report asks for nothing; it
// was read as a new request of the very items it cancels. A clause that exempts some units leaves the ask around it.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const read = (text: string) => parseRequest(text, member('lead_yb'), ctxAt('2026-11-20T09:00:00+08:00'));

describe('told not to report', () => {
  it('a cancellation is no request', () => {
    expect(read('各镇街：本月医疗救助人次和金额不用报了，系统已自动统计。')).toBeNull();
    expect(read('各镇街：本月起医疗救助人次和金额无需再报送，谢谢配合。')).toBeNull();
  });

  it('an ask with an exemption is still one', () => {
    expect(read('请各镇街于11月25日前报送医疗救助人次，已报送的不用再报。')?.fields).toEqual(['medical_aid_times']);
  });
});

// NEGATION_IN_AN_ASIDE: 请朱沱镇、来苏镇于11月28日前报送…特困供养人数（街道无需报送） — the bracket tells other units not to
// report; it was read with the ask around it, whose whole clause then counted as a negation, and the message was dropped
// without a word.
describe('an aside that exempts other units', () => {
  it('leaves the ask it stands in', () => {
    const r = read('【区民政局】请朱沱镇、来苏镇于11月28日前报送11月份低保户数、特困供养人数（街道无需报送）。');
    expect(r?.fields).toEqual(['dibao_households', 'tekun_persons']);
    expect(r?.targets).toEqual(['zhutuo', 'laisu']);
  });

  it('a cancellation said in brackets is still no request', () => {
    expect(read('各镇街：本月医疗救助人次和金额（系统已自动统计）不用报了。')).toBeNull();
  });
});
