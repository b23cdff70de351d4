// 于2063年12月31日前已取得拍卖业务许可、持有…的拍卖企业及其分公司: what was done by a day names who reports (a firm, a unit),
// not a stock that is counted; the day bounds the scope, it is no snapshot, and the year named for the figures is the period.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, fields, member } from './helpers.js';

const accounts: FieldDef = { key: 'auction_accounts', label: '拍卖企业年度会计报表', aliases: ['企业会计报表'], type: 'text' };
const parse = (text: string, at: string) => parseRequest(text, member('lead_mz'), { ...ctxAt(at), fields: [...fields, accounts] });

describe('a day that bounds who reports', () => {
  it('is no snapshot; the figures keep their year', () => {
    const r = parse('关于做好2063年度拍卖行业年度核查工作的通知\n各乡镇人民政府、街道办事处：\n一、核查范围\n辖区内于2063年12月31日前已取得拍卖业务许可、持有《拍卖经营批准证书》的拍卖企业及其分公司。\n二、核查内容\n行业经营情况。\n三、报送时间\n请组织辖区拍卖企业于2064年3月20日前报送2063年度企业会计报表（资产负债表、利润表）。', '2064-02-27T09:00:00+08:00');
    expect(r).not.toBeNull();
    expect(r?.period).toBe('2063');
  });
});
