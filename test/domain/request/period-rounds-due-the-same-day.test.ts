// 年报…次年1月20日前；月报…次月20日前: a catalogue of reports each with its due day; the rounds that fall due on the day read
// are each counted, in the order named (ROUNDS_DUE_SAME_DAY, NEXT_YEAR_BEFORE), and a report's name that holds the addressees'
// kind (年报表（乡镇卫生院类）) sends nothing to them (REPORT_NAME_NOT_SENT).
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string, at: string) => parseRequest(text, member('lead_mz'), ctxAt(at));

describe('rounds due on the same day', () => {
  it('a year report due 次年1月20日 and a month report due 次月20日, read in late December, count the year and December', () => {
    const r = parse('关于执行低保统计报表目录的通知\n各镇人民政府：\n一、低保户数年报：年报，次年1月20日前报送。\n二、低保人数月报：月报，次月20日前报送。', '2052-12-27T09:00:00+08:00');
    expect(r).toMatchObject({ period: '2052', periods: ['2052', '2052-12'] });
    expect(r?.deadline?.toISOString()).toBe('2053-01-20T15:59:59.000Z');
  });

  it('a month report due 次月20日 alone still counts its month only', () => {
    const r = parse('关于执行低保统计报表目录的通知\n各镇人民政府：\n一、低保人数月报：月报，次月20日前报送。', '2052-12-27T09:00:00+08:00');
    expect(r?.period).toBe('2052-12');
    expect(r?.periods).toBeUndefined();
  });

  it('a report whose name holds the addressees\' kind is no hand-in to them: its due day stays the units\'', () => {
    const r = parse('关于执行卫生统计报表目录的通知\n各镇卫生院：\n一、卫生机构年报表（乡镇卫生院类）：低保户数，由卫生院填报，次年1月20日前网络直报。\n二、其他医疗机构月报表：低保人数，月报，次月25日前网络直报。', '2052-12-27T09:00:00+08:00');
    expect(r?.deadline?.toISOString()).toBe('2053-01-20T15:59:59.000Z');
  });
});
