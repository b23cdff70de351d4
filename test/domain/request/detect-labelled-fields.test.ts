// LABELLED_FIELDS: 事项：低保户数核对 / 时限：本周五 — a message laid out as labelled lines, one of what and one of when, with no
// verb, was no request at all. It asks for the items its line of what names by the day its line of when gives.
import { describe, expect, it } from 'vitest';
import { parseWithDictionary } from './helpers.js';

const read = (text: string) => parseWithDictionary(text, 'lead_mz', '2026-11-24T09:00:00+08:00');

describe('labelled lines of what and when', () => {
  it('ask for the items of the line of what by the day of the line of when', () => {
    const r = read('事项：低保户数核对\n时限：本周五');
    expect(r?.fields).toEqual(['dibao_households']);
    expect(r?.deadline?.toISOString()).toBe('2026-11-27T15:59:59.000Z');
    expect(read('工作事项：特困供养人数核实\n完成时间：本周五前\n责任单位：各镇街')?.fields).toEqual(['tekun_persons']);
    const aid = read('【区民政局】\n内容：11月临时救助人次、金额\n时间：12月3日前\n范围：各镇街');
    expect(aid?.fields).toEqual(['temp_aid_times', 'temp_aid_amount']);
    expect(aid?.period).toBe('2026-11');
    expect(read('一、事项：低保户数、低保人数\n二、截止时间：11月30日')?.fields).toEqual(['dibao_households', 'dibao_persons']);
  });

  it('no day, a figure, a word the dictionary does not know or a meeting is no ask', () => {
    expect(read('事项：低保户数核对\n备注：已于上周完成')).toBeNull();
    expect(read('事项：低保户数128户\n时限：本周五')).toBeNull();
    expect(read('事项：低保工作\n时限：本周五')).toBeNull();
    expect(read('会议内容：低保户数核对\n会议时间：11月30日')).toBeNull();
  });
});
