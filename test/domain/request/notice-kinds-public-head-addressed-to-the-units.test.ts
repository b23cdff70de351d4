// A head that ends in 通告 / 公告 / 启事 speaks to the public, and such a message asks the units for nothing (…申报启事: 欢迎社会
// 各界提供线索; …举报奖励的通告). The word alone does not decide it: a message with an addressee line to the units (各镇人民政府：)
// that asks them (请各镇…) by a due day is a notice to them, whatever its head calls it, with or without an item list.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2027-11-16T10:00:00+08:00'));

describe('a 通告 / 公告 head on a notice to the units', () => {
  it('addressed to the towns and asking them by a due day, a 公告 asks', () => {
    const text = '【区民政局】关于开展低保对象年度复核的公告\n各镇人民政府、各街道办事处：\n为做好低保对象年度复核，'
      + '请各镇（街道）于11月30日前将本辖区低保户数、低保人数报送区民政局。\n区民政局\n2027年11月16日';
    const parsed = parse(text);
    expect(parsed?.fields).toEqual(['dibao_households', 'dibao_persons']);
    expect(parsed?.deadline).not.toBeNull();
  });

  it('a first line ending in 通告, then the addressee line and a dated ask to the units, asks', () => {
    const text = '特困供养人员信息核查通告\n各镇人民政府：\n请各镇于11月28日前将特困供养人数报区民政局。';
    expect(parse(text)?.fields).toEqual(['tekun_persons']);
  });

  it('a 通告 to the public with a day in it and no addressee line is still no request', () => {
    const text = '【区民政局】关于困难群众救助线索征集的通告\n为及时发现困难群众，现面向社会公开征集线索。'
      + '征集时间为即日起至12月31日，请知情群众拨打热线反映低保户、特困人员的困难情况。\n举报电话：0000-6522440';
    expect(parse(text)).toBeNull();
  });

  it('a 公告 addressed to the towns with no due day is still no request', () => {
    const text = '【区民政局】关于调整低保标准的公告\n各镇人民政府：\n经区政府同意，自2028年1月1日起，城乡低保标准调整为每人每月800元，请各镇做好宣传解释。';
    expect(parse(text)).toBeNull();
  });
});
