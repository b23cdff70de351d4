// 请于本周末前报送11月份临时救助人次 / 请于节前报送特困供养人数 went out with no due day and no word to the lead: 周末前 may be the
// Friday before the weekend or its end, and a bare 节前 names no holiday. Neither fixes a day; the words are kept and the lead
// is asked for the day (as for 12月中旬前 or 春节前). A day the calendar fixes (下周三前) is read as before.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const read = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-11-20T09:00:00+08:00'));

describe('a due word the calendar does not fix', () => {
  it('本周末前 / 下周末前', () => {
    for (const [text, said] of [['各镇街：请于本周末前报送11月份临时救助人次。', '本周末前'], ['各镇街：下周末前报送低保户数。', '下周末前']] as const) {
      const r = read(text);
      expect(r?.deadline).toBeNull();
      expect(r?.deadlineVague).toBe(said);
    }
  });

  it('a bare 节前', () => {
    const r = read('各镇街：请于节前报送特困供养人数。');
    expect(r?.deadline).toBeNull();
    expect(r?.deadlineVague).toBe('节前');
  });

  it('下周三前 is a day', () => {
    const r = read('各镇街：请于下周三前报送10月份医疗救助金额。');
    expect(r?.deadline?.toISOString()).toBe('2026-11-25T15:59:59.000Z');
    expect(r?.deadlineVague).toBeUndefined();
  });
});
