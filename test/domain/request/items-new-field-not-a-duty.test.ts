// A new field is a thing to count or report, named. A duty (确保工程质量, 摸清底数, 结合往年情况确定需求数量), the channel to
// hand in by (可用短信或电子邮件), one round of the work (…进行一次) or what a form covers (表包括…) says what to do, not what
// is counted: it adds no new field. The dictionary's items stay, and a real name with a verb in it (开工户数) is still a name.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-11-05T09:00:00+08:00'));
const labels = (text: string) => parse(text)?.newFields.map((f) => f.label) ?? [];

describe('a duty, a channel or a round of work is no new field', () => {
  it('a duty that governs a measure adds no new field', () => {
    const r = parse('【区民政局】关于开展困难群众摸底的通知\n各镇街：\n请各镇街摸清底数，如实统计低保户数、低保人数，于11月30日前上报区民政局。');
    expect(r?.fields).toEqual(expect.arrayContaining(['dibao_households', 'dibao_persons']));
    expect(r?.newFields.map((f) => f.label)).toEqual([]);
  });

  it('a clause that decides a figure from records is no name', () => {
    const got = labels('【区民政局】请各镇街结合往年的登记情况确定实际救助需求数量，填报临时救助人次，于11月30日前报区民政局。');
    expect(got.filter((l) => l.includes('结合'))).toEqual([]);
  });

  it('the channel and one round of the work are no names', () => {
    const got = labels('【区民政局】请各镇街对辖区危房情况进行一次，危房改造户数可用手机短信或电子邮件，于11月30日前报区民政局。');
    expect(got.filter((l) => /进行一次|电子邮件/.test(l))).toEqual([]);
  });

  it('a name with a verb inside it is still a name', () => {
    expect(labels('【区住建委】请各镇街于11月30日前报送本月危房改造开工户数。')).toContain('危房改造开工户数');
  });
});
