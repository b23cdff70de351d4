// 具体包括科普人员、科普经费…等6大类124个指标 / 重点分析农场数量…等方面情况，形成《…分析报告》 / 一、…包括数量、成员…
// 把以上情况形成书面材料: a list of what a form or a report covers names no figures asked besides it — while the ask still
// names a form or a report the dictionary knows. A list of groups with nothing else to hand in is what is asked.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, member } from './helpers.js';

const fields: FieldDef[] = [
  { key: 'survey_form', label: '科普资源调查表', aliases: [], type: 'text' },
  { key: 'staff', label: '科普专职人员数', aliases: ['科普人员'], type: 'integer', unit: '人', min: 0 },
  { key: 'funds', label: '科普经费筹集额', aliases: ['科普经费'], type: 'number', unit: '万元', min: 0 },
  { key: 'annual', label: '农场综合统计年报', aliases: [], type: 'text' },
  { key: 'analysis', label: '农场经济发展情况分析报告', aliases: [], type: 'text' },
  { key: 'farms', label: '国有农场数量', aliases: ['农场数量'], type: 'integer', unit: '个', min: 0 },
  { key: 'summary', label: '合作社发展情况总结', aliases: ['合作社发展情况书面材料'], type: 'text' },
  { key: 'coop_table', label: '合作社发展情况汇总表', aliases: [], type: 'text' },
  { key: 'coops', label: '合作社数量', aliases: [], type: 'integer', unit: '个', min: 0 },
  { key: 'members', label: '合作社成员数', aliases: [], type: 'integer', unit: '人', min: 0 },
];
const parse = (lines: string[]) => parseRequest(lines.join('\n'), member('lead_mz'), { ...ctxAt('2026-03-02T09:00:00+08:00'), fields });

describe('what a form or a report covers', () => {
  it('the groups of a form’s indicators are not asked besides the form', () => {
    const r = parse([
      '关于开展2025年度科普统计调查工作的通知', '各镇街：',
      '一、调查内容', '调查科普资源投入情况，具体包括科普人员、科普场地、科普经费、科普传媒、科普活动等6大类124个指标。',
      '二、有关要求', '请于3月20日前完成在线填报，并将科普资源调查表报送县科技局。',
    ]);
    expect(r?.fields).toEqual(['survey_form']);
  });

  it('the aspects a report is to analyse are not asked besides the report', () => {
    const r = parse([
      '关于做好2025年度农场统计年报工作的通知', '各镇街：',
      '一、填报2025年度农场综合统计年报。',
      '二、请在年报基础上，重点分析农场数量、土地利用、农业机械化等方面情况，形成《农场经济发展情况分析报告》。',
      '三、请于3月20日前报送年报和分析报告。',
    ]);
    expect(r?.fields).toEqual(['annual', 'analysis']);
  });

  it('a list the ask turns into a written material is that material’s topics', () => {
    const r = parse([
      '关于做好合作社发展情况总结工作的通知', '各镇街：', '请对以下情况进行总结汇总：',
      '一、合作社发展的基本情况，包括数量、规模、成员、服务和效益情况等；', '二、扶持措施和存在问题。',
      '请把以上情况形成书面材料，连同《合作社发展情况汇总表》于3月20日前报县农业农村局。',
    ]);
    expect(r?.fields).toEqual(expect.arrayContaining(['coop_table']));
    expect(r?.fields).not.toContain('coops');
    expect(r?.fields).not.toContain('members');
  });

  it('groups with no form or report to hand in are what is asked', () => {
    const r = parse([
      '关于开展科普资源调查的通知', '各镇街：',
      '请收集汇总科普人员、科普经费等2大类10个指标，于3月20日前报县科技局。',
    ]);
    expect(r?.fields).toEqual(expect.arrayContaining(['staff', 'funds']));
  });
});
