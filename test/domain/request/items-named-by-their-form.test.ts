// Forms as items: a form's name in brackets after its number (表1-1（山塘现状调查表）), a form named by its kind whose
// full name the title gives (将调研表…发至邮箱), the title's subject when the ask names no item (完成本地数据的汇总), and
// the attached forms when the ask sends 报表 — each read as the dictionary's form, never the way it is sent (扫描件).
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, member } from './helpers.js';

const text = (key: string, label: string, aliases: string[] = []): FieldDef => ({ key, label, aliases, type: 'text' });
const fields: FieldDef[] = [
  text('pond_status', '山塘现状调查表'),
  text('pond_new', '拟新建山塘登记表'),
  text('stadium_survey', '公共体育场馆建设标准专题调研表'),
  text('village_annual', '村镇建设统计年报', ['村镇建设统计']),
  text('fund_spent', '就业资金支出情况表'),
  text('loan_subsidy', '小额担保贷款贴息情况表'),
];
const parse = (t: string) => parseRequest(t, member('lead_mz'), { ...ctxAt('2030-01-17T10:00:00+08:00'), fields });

describe('items named by their form', () => {
  it('a form name in brackets after its number is the item', () => {
    const r = parse('关于开展山塘调查的通知\n各镇人民政府：\n一、已建山塘填报表1-1（山塘现状调查表），拟新建的填报表2（拟新建山塘登记表）。\n二、请于1月31日前报县水利局。');
    expect(r?.fields.sort()).toEqual(['pond_new', 'pond_status']);
  });

  it('a form named by its kind is the title\'s form, whatever it is sent as', () => {
    const r = parse('关于填报城市公共体育场馆建设标准专题调研表的通知\n各镇人民政府：\n请于1月31日前将调研表盖章扫描件发至所附邮箱。');
    expect(r?.fields).toEqual(['stadium_survey']);
  });

  it('with no item in the ask, the title\'s subject is the item', () => {
    const r = parse('关于做好2031年村镇建设统计工作的通知\n各镇人民政府：\n请各镇于2月10日前完成本地数据的汇总和初审，并报送县住建局。');
    expect(r?.fields).toEqual(['village_annual']);
  });

  it('报表 sent as the attachments list them', () => {
    const r = parse('关于实施就业资金统计报表制度的通知\n各镇人民政府：\n请于每季度结束后15日内将本辖区报表汇总报送区财政局。\n附表：1. 就业资金支出情况表；2. 小额担保贷款贴息情况表。');
    expect(r?.fields.sort()).toEqual(['fund_spent', 'loan_subsidy']);
  });

  it('a kind of form the title does not name in full is no item', () => {
    const r = parse('关于印发乡镇定期统计报表制度的通知\n各镇人民政府：\n请督促统计人员遵照执行，按时报送统计报表。');
    expect(r?.fields ?? []).toEqual([]);
  });
});
