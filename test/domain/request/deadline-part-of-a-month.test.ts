// 请于12月中旬前报送: a due time said as part of a month (a 旬, its start or middle) names no day. No deadline is read from
// it (the spec stores a day or nothing), but the phrase is kept so that the lead can be asked for the day.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2031-12-03T09:00:00+08:00'));

describe('a due time that names part of a month', () => {
  it('12月中旬前 gives no deadline and is kept as the notice words it', () => {
    const r = parse('关于报送低保户数的通知\n各镇人民政府：\n请于12月中旬前报送本月低保户数。');
    expect(r?.deadline).toBeNull();
    expect(r?.deadlineVague).toBe('12月中旬前');
  });

  it('a day named is a deadline and no doubt', () => {
    const r = parse('关于报送低保户数的通知\n各镇人民政府：\n请于12月15日前报送本月低保户数。');
    expect(r?.deadline).not.toBeNull();
    expect(r?.deadlineVague).toBeUndefined();
  });

  it('a part of a month that closes work, not the reporting, is no due time', () => {
    const r = parse('关于报送低保户数的通知\n各镇人民政府：\n各镇要确保12月中旬前完成入户核查。\n请报送本月低保户数。');
    expect(r?.deadlineVague).toBeUndefined();
  });
});
