// Long formal notices (关于…的通知 with 一、二、 sections): background figures, document names, tables, penalty clauses.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const AT = '2026-12-01T09:00:00+08:00'; // Tuesday
const parse = (text: string, from = 'lead_mz') => parseRequest(text, member(from), ctxAt(AT));

describe('formal notices', () => {
  const notice = [
    '永川区民政局',
    '关于报送2026年11月社会救助数据的通知',
    '各镇街：',
    '根据《重庆市社会救助办法》第十二条和市民政局《关于做好2026年度社会救助统计工作的通知》（渝民发〔2026〕15号）要求，现就有关事项通知如下：',
    '一、基本情况',
    '2025年全区共保障低保对象3,215人，临时救助4.6万人次，特困供养人数保持稳定。截至2026年10月底，全区累计完成年度目标任务的91%。',
    '二、报送内容',
    '（一）低保户数（单位：户）；',
    '（二）低保人数（单位：人）。',
    '以上数据均为2026年11月当月数。',
    '三、报送要求',
    '请于2026年12月4日（星期五）17:00前报送至本群报数助手。',
  ].join('\n');

  it('takes the period from the ask, not from document names or background figures', () => {
    expect(parse(notice)).toMatchObject({ period: '2026-11', fields: ['dibao_households', 'dibao_persons'] });
  });

  it('reads no items out of a background sentence that states figures', () => {
    expect(parse(notice)!.fields).not.toContain('temp_aid_times');
    expect(parse(notice)!.fields).not.toContain('tekun_persons');
  });

  it('ignores a year inside 《…》 even when it is the only one before the ask', () => {
    const r = parse('为落实《永川区2026—2027年冬春救助工作方案》要求，请各镇街于12月7日前报送截至11月30日低保户数。');
    expect(r?.period).toBe('2026-11-30');
  });

  it('reads the items of a table pasted as text under 报送内容', () => {
    const r = parse([
      '关于报送困难群众底数的通知', '各镇街：', '一、报送内容（截至2026年11月30日）', '序号 | 指标 | 单位',
      '1 | 低保户数 | 户', '2 | 特困供养人数 | 人', '二、报送时间', '报送截止时间：2026年12月7日（星期一）12:00。',
    ].join('\n'));
    expect(r).toMatchObject({ period: '2026-11-30', fields: ['dibao_households', 'tekun_persons'] });
  });

  it('a penalty clause (逾期未报的将通报) does not make a notice a reminder', () => {
    const r = parse('【区民政局】请各镇街务必于12月8日前报送本月低保户数，逾期未报的将在全区通报。');
    expect(r).toMatchObject({ department: 'minzheng', fields: ['dibao_households'], period: '2026-12' });
    expect(parse('请还未报送低保户数的镇街抓紧报送。')).toBeNull();
  });

  it('12月中旬 / 12月初 name a time, not the period asked', () => {
    const r = parse('我局将于12月中旬迎接省级检查，请各镇街于12月8日前报送第四季度危房改造户数。', 'lead_zj');
    expect(r?.period).toBe('2026-Q4');
  });
});
