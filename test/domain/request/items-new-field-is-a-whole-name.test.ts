// A new field is asked of staff by its name: a fragment cut out of a bracket (文字说明（写明累计数), a clause (都是本次统计的对象)
// or a rule for writing figures (保留一位小数) is no name, and adds no new field; the dictionary's items stay.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-11-05T09:00:00+08:00'));

describe('a new field is a whole, nominal name', () => {
  it('a clause typed as a count adds no new field', () => {
    const r = parse('【区民政局】关于报送低保情况的通知\n各镇街：\n全区低保家庭，都是本次统计的对象。请统计低保户数、低保人数，于11月30日前上报区民政局。');
    expect(r?.fields).toEqual(expect.arrayContaining(['dibao_households', 'dibao_persons']));
    expect(r?.newFields.map((f) => f.label).filter((l) => l.includes('都是'))).toEqual([]);
  });

  it('a name that opens with an adverb\'s character (就业…) is still a name', () => {
    const r = parse('残联：请各镇街于12月1日前报送本月残疾人就业人数、就业年龄段残疾人数。');
    expect(r?.newFields.map((f) => f.label)).toContain('就业年龄段残疾人数');
  });
});
