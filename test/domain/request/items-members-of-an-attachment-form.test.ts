// A notice whose body says only 请按附件格式填报 names its items in its attachments. FORM_MEMBERS: 附件：经营性自建房排查户数和
// C级D级危房栋数统计表 was no request (the form's name as a whole is no field); the members its name lists before the form's
// kind are its items, each the dictionary names outright. FORM_NOTE_TERMS: 附件3：填表说明⏎1.空巢老人数：没有子女照顾…⏎2.独居
// 老人数：… — the terms the form's note defines are its items where the dictionary names them outright; the others
// (生活状况) add nothing.
import { describe, expect, it } from 'vitest';
import { parserFor } from '../../../src/domain/request/parse.js';
import { member, roster } from './helpers.js';
import { parseWithDictionary } from './helpers.js';

const parse = (text: string) => parseWithDictionary(text, 'lead_mz', '2026-11-20T09:00:00+08:00');

describe('items named only in the attachments an ask points to', () => {
  it('the members a form\'s name lists before its kind', () => {
    const r = parse(['【区住建局】关于报送自建房安全排查整治进度的通知', '各镇街：请按附件填报，11月27日前报送。', '附件：经营性自建房排查户数和C级D级危房栋数统计表'].join('\n'));
    expect(r?.fields).toEqual(['self_built_houses_checked', 'c_d_grade_buildings']);
  });

  it('the terms the form\'s note defines', () => {
    const r = parse(['【区民政局】关于开展特殊困难老人情况调查的通知', '各镇街：', '请组织村（社区）按附件格式逐户调查填报，汇总后于11月30日前报区民政局。',
      '附件1：村（社区）特殊困难老人情况调查表', '附件2：填表说明', '1.空巢老人数：没有子女照顾、单独或夫妻两人居住的老人人数。',
      '2.独居老人数：丧偶且一人居住的老人人数；生活状况：自理、半自理、需要照顾。'].join('\n'));
    expect(r?.fields).toEqual(['empty_nest_elderly', 'living_alone_elderly']);
    expect(r?.newFields).toEqual([]);
  });

  it('an ask that points to no attachment reads none of them', () => {
    const r = parse(['【区民政局】请各镇街于11月30日前报送低保户数。', '附件：经营性自建房排查户数和C级D级危房栋数统计表'].join('\n'));
    expect(r?.fields).toEqual(['dibao_households']);
  });

  it('a term the note explains that only resembles a field is no item', () => {
    const p = parserFor({ roster, timezone: 'Asia/Shanghai', botName: '报数助手', fields: [
      { key: 'equipment_stats', label: '教育技术装备统计表', aliases: ['装备统计表'], type: 'text' },
      { key: 'lab_teaching_status', label: '实验教学普及情况', aliases: [], type: 'text' },
    ] });
    const r = p.parse(['【县教育局】关于做好教育技术装备统计工作的通知', '各中心学校：', '请按附件统计表认真填报，于2月底前上报。',
      '附件：1.教育技术装备统计指标解释', '2.教育技术装备统计表', '附件1：教育技术装备统计指标解释',
      '1.中小学实验教学普及县：指通过验收的县。'].join('\n'), member('lead_mz'), new Date('2026-11-20T09:00:00+08:00'));
    expect(r?.fields ?? []).not.toContain('lab_teaching_status');
  });
});
