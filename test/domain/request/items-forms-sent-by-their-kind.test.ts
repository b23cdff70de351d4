// …务必于6月19日前完成普查信息的汇总上报（上报的统计表须加盖公章） … 附件：1.…零散烈士墓普查统计表 2.…烈士纪念设施普查统计表
// 3.…烈士遗物、故事普查统计表: an ask that names what it sends by the kind of form (统计表, 调查表, 登记表, 汇总表) points to the forms
// of the attachment list, as 附表 and 表格 do; every attached form the dictionary names outright is an item.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, member } from './helpers.js';

const fields: FieldDef[] = [
  { key: 'grave_form', label: '零散烈士墓普查统计表', aliases: [], type: 'text' },
  { key: 'memorial_form', label: '烈士纪念设施普查统计表', aliases: [], type: 'text' },
  { key: 'relic_form', label: '烈士遗物、故事普查统计表', aliases: [], type: 'text' },
  { key: 'memorial_count', label: '零散烈士纪念设施数', aliases: [], type: 'integer', unit: '处', min: 0 },
];
const parse = (text: string) => parseRequest(text, member('lead_mz'), { ...ctxAt('2026-06-10T09:00:00+08:00'), fields });

const notice = (sendLine: string) => [
  '关于开展烈士墓及烈士纪念设施普查工作的通知',
  '各镇街退役军人服务站：',
  '为全面掌握全区烈士纪念设施的管理保护现状，决定开展一次全面普查。现就有关事项通知如下：',
  '一、普查内容',
  '1.辖区内现存的零散烈士墓。',
  '2.辖区内现存的烈士纪念堂馆、纪念碑亭等烈士纪念设施。',
  '3.辖区内的烈士遗物、故事（图片、视频）等资料。',
  '二、时间安排',
  sendLine,
  '附件：1.永川区零散烈士墓普查统计表',
  '2.永川区烈士纪念设施普查统计表',
  '3.永川区烈士遗物、故事普查统计表',
].join('\n');

describe('forms sent by their kind', () => {
  it('reads every attached form when the ask sends the 统计表', () => {
    const r = parse(notice('各服务站务必于6月19日前完成普查信息的汇总上报（上报的统计表须加盖公章）。'));
    expect([...(r?.fields ?? [])].sort()).toEqual(['grave_form', 'memorial_form', 'relic_form']);
  });

  it('does not take 调查表明 (a survey shows) for a form', () => {
    const r = parse(notice('调查表明各地情况不一，请各服务站于6月19日前完成普查信息的汇总上报。'));
    expect(r?.fields).toEqual(['relic_form']);
  });
});
