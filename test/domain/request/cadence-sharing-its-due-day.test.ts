// 每周五前报一次本周临时救助人次: the due day 每周五前 shares its 周 with the cadence 每周, and the cadence was blanked with it as a
// due day of the text, leaving 报一次 with no cadence before it: no ask verb, no item, and the weekly request was dropped
// (the monthly 每月5日前报一次 kept its 每月). The cadence stays for the due days as for the deadline (keepRoundCadence).
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const read = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-11-23T09:30:00+08:00'));

describe('a weekly round said with 报一次', () => {
  it.each(['每周五前报一次本周临时救助人次', '请各镇街以后每周五下班前报一次本周临时救助人次'])('%s asks this week’s figure by Friday', (text) => {
    const r = read(text);
    expect(r?.fields).toEqual(['temp_aid_times']);
    expect(r?.period).toBe('2026-W48');
    expect(r?.deadline?.toISOString()).toBe('2026-11-27T15:59:59.000Z');
  });

  it('the monthly round reads as before', () => {
    expect(read('每月5日前报一次上月低保户数')?.fields).toEqual(['dibao_households']);
  });
});
