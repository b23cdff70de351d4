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
