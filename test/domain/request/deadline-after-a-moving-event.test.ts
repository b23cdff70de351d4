// EVENT_DUE / AFTER_A_MOVING_EVENT: 请于年后上班前报送11月份低保户数 written on December 20th was due the 21st at nine (上班前
// read as tomorrow's start of work), and 节后第一天上午10点前 today at ten; 春节前 / 开学前 gave no day but no question either.
// A due time counted from an event whose day the text does not fix (a lunar holiday, the return after one, a term's start)
// sets no deadline, and its words are handed on so the lead is asked for the day (deadlineVague).
import { describe, expect, it } from 'vitest';
import { localDue, parseWithDictionary } from './helpers.js';

const parse = (text: string) => parseWithDictionary(text, 'lead_mz', '2026-12-20T10:00:00+08:00');

describe('a due time after an event of no fixed day', () => {
  it('年后上班前: no deadline, the lead is asked', () => {
    const r = parse('各镇街：请于年后上班前报送11月份低保户数。');
    expect(localDue(r)).toBeUndefined();
    expect(r?.deadlineVague).toBe('年后上班前');
  });

  it('节后第一天上午10点前: no clock of today', () => {
    const r = parse('各镇街：请于节后第一天上午10点前报送11月份低保户数。');
    expect(localDue(r)).toBeUndefined();
    expect(r?.deadlineVague).toBe('节后第一天上午10点前');
  });

  it('春节前 and 开学前 are asked for', () => {
    expect(parse('各镇街：请于春节前报送特困供养人数。')?.deadlineVague).toBe('春节前');
    expect(parse('各镇街：请于开学前报送百岁老人人数。')?.deadlineVague).toBe('开学前');
  });

  it('元旦前 (a fixed day) and 明天上午10点前 are still read', () => {
    expect(localDue(parse('各镇街：请于元旦前报送11月份低保户数。'))).toBe('2026-12-31T23:59');
    expect(localDue(parse('各镇街：请于明天上午10点前报送11月份低保户数。'))).toBe('2026-12-21T10:00');
  });
});
