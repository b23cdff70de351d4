// WORK_DONE_BEFORE_DE: 本月开展的应急演练次数 / 组织开展的安全隐患排查数 / 累计完成的城镇新增就业人数 were asked as new items
// under those very names (开展的应急演练次数), where a replayed scenario's dictionary reads the shipped names exactly, so a
// field the notice named after its verb was never found. A modifier before 的 that only says the counted work was done
// (开展, 组织开展, 完成, with 已 / 累计 / 本月) is no part of the item: the item is the name after 的. A verb that says which
// ones are counted (已完成整改的, 新认定的) stays.
import { describe, expect, it } from 'vitest';
import { parseRequest, parserFor } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, fields, member, roster } from './helpers.js';

const at = '2026-11-20T09:00:00+08:00';
const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt(at));
const labels = (text: string) => parse(text)?.newFields.map((f) => f.label);

// the shipped dictionary as a replayed scenario sees it: its names read exactly, the scenario's own by likeness
const shipped: FieldDef[] = [
  { key: 'emergency_drills', label: '应急演练次数', aliases: ['应急演练场次', '演练次数'], type: 'integer', unit: '次', fallback: true },
  { key: 'new_urban_jobs', label: '城镇新增就业人数', aliases: ['新增就业人数'], type: 'integer', unit: '人', fallback: true },
];
const replayed = parserFor({ roster, fields: [...fields, ...shipped], timezone: 'Asia/Shanghai', botName: '报数助手' });
const parseReplayed = (text: string) => replayed.parse(text, member('lead_mz'), new Date(at));

describe('a verb of the work done, before 的, is no part of the item', () => {
  it('a new item is named by the words after 的', () => {
    expect(labels('【区应急局】请各镇街于11月25日前上报本月开展的应急演练次数。')).toEqual(['应急演练次数']);
    expect(labels('【区人社局】请各镇街于11月30日前上报今年以来累计完成的城镇新增就业人数。')).toEqual(['城镇新增就业人数']);
    expect(labels('【区残联】请各镇街于11月26日前报送组织开展的残疾人康复服务人次。')).toEqual(['残疾人康复服务人次']);
  });

  it('a field read only by its exact name is found after the verb', () => {
    const r = parseReplayed('【区应急局】请各街道11月25日前上报本月开展的应急演练次数和今年以来累计完成的城镇新增就业人数。');
    expect(r?.fields).toEqual(['emergency_drills', 'new_urban_jobs']);
    expect(r?.newFields).toEqual([]);
  });

  it('the dictionary\'s own items read as before', () => {
    expect(parse('【区民政局】请各镇街于11月28日前报送累计完成的危房改造户数、11月份发放的临时救助金额。')?.fields)
      .toEqual(['dilapidated_households', 'temp_aid_amount']);
  });

  it('a verb that says which ones are counted stays in the name', () => {
    expect(labels('【区民政局】请于11月27日前报送新认定的孤儿人数。')?.[0]).toContain('认定');
  });
});
