// 于每月10日前将上月的政府信息统计表格（附后）报县住建局办公室。 表1：主动（依申请）公开政府信息登记表（序号、…） 表2：不予公开
// 政府信息登记表（…）: forms numbered after the body (表1： / 表2：, no 附件 label) are its attachment list, which the ask's
// 统计表格（附后） points to. The office charged with compiling them (县住建局办公室负责…信息公开统计的组织…汇总) does its own
// work there: its words are no item of the units' (before, 信息公开统计 in it read as the dictionary's 政府信息公开统计表).
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, member } from './helpers.js';

const fields: FieldDef[] = [
  { key: 'gov_info_stats', label: '政府信息公开统计表', aliases: ['政府信息公开统计数据', '信息公开统计'], type: 'text' },
  { key: 'disclosure_register', label: '主动（依申请）公开政府信息登记表', aliases: ['主动公开政府信息登记表', '公开政府信息登记表'], type: 'text' },
  { key: 'withheld_register', label: '不予公开政府信息登记表', aliases: ['不予公开信息登记表'], type: 'text' },
];
const parse = (text: string) => parseRequest(text, member('lead_zj'), { ...ctxAt('2026-09-02T10:00:00+08:00'), fields });

const notice = (ask: string, forms: string[]) => [
  '关于印发政府信息公开登记制度的通知',
  '各镇人民政府：',
  '为准确掌握政府信息发布情况，建立本制度。',
  '第一条 各镇负责本镇的政府信息统计；县住建局办公室负责全县政府信息公开统计的组织、协调和数据审核、汇总。',
  `第二条 实行月度统计制度。${ask}`,
  ...forms,
].join('\n');

const FORMS = [
  '表1：主动（依申请）公开政府信息登记表（序号、信息编号、信息名称、内容描述、生成时间、公开属性）',
  '表2：不予公开政府信息登记表（序号、信息编号、信息名称、内容描述、生成时间、不予公开的理由）',
];

describe('forms numbered after the body', () => {
  it('reads the numbered forms as the attachment list the ask points to', () => {
    const r = parse(notice('各镇于每月10日前将上月的政府信息统计表格（附后）报县住建局办公室。', FORMS));
    expect([...(r?.fields ?? [])].sort()).toEqual(['disclosure_register', 'withheld_register']);
  });

  it('still reads the form the ask names when nothing is attached', () => {
    const r = parse(notice('各镇于每季度后8日前将政府信息公开统计数据（表格附后）报县住建局办公室。', []));
    expect(r?.fields).toEqual(['gov_info_stats']);
  });
});
