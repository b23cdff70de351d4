// 2.统计要求：（1）分类填报：幼儿园学生、小学生、小学毕业生 (fresh-items20 songxi 0): a rule that the kinds be reported apart, with
// the kinds after its colon, lists the items even under a rules heading (KINDS_LISTED, anatomy.ts). The ask itself (请各单位…
// 于3月13日前统计完毕…报县教育局) names no item; the notice was put to the lead as one whose items could not be read.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-12-02T09:00:00+08:00'));

const notice = (rule: string) => `关于做好年末困难群众统计工作的通知
各镇人民政府、各街道办事处：
为掌握年末困难群众底数，现将有关事项通知如下：
1.统计范围：辖区内在册的城乡困难群众。
2.统计要求：${rule}（2）分村、分组填报：村分自然村，社区分网格；（3）户籍与居住地不一致的，在备注栏注明。
3.请各单位如实填报，于12月10日前统计完毕，报区民政局。`;

describe('a rule that lists the kinds to report apart', () => {
  it('names the items', () => {
    expect(parse(notice('（1）分类填报：低保户数、特困供养人数、临时救助人次；'))?.fields).toEqual(['dibao_households', 'tekun_persons', 'temp_aid_times']);
  });
  it('reads 分别统计 the same way', () => {
    expect(parse(notice('（1）分别统计：低保户数、特困供养人数；'))?.fields).toEqual(['dibao_households', 'tekun_persons']);
  });
  it('is not a rule that breaks one figure down by class (分村、分组填报：…)', () => {
    expect(parse(notice('（1）分类填报：低保户数、特困供养人数；'))?.newFields ?? []).toEqual([]);
  });
});
