// 为切实掌握…，县老龄办决定在全县开展本年度百岁老人摸底统计工作: after the purpose clause, the sender's decision is the ask
// turning in, so 本年度 there is the period; a year in the purpose clause itself still is not.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2032-05-12T09:00:00+08:00'));

describe('a decision after the purpose', () => {
  it('is the ask, and its period counts', () => {
    expect(parse('关于开展百岁老人摸底统计的通知\n各镇街民政办：\n为切实掌握百岁老人的准确数据，县老龄办决定在全县开展本年度百岁老人摸底统计工作。\n请报送本辖区百岁老人人数。')?.period)
      .toBe('2032');
  });

  it('a year in the purpose clause is not the period', () => {
    expect(parse('关于开展百岁老人摸底统计的通知\n各镇街民政办：\n为做好2033年重阳节慰问，县老龄办决定开展百岁老人摸底统计。\n请于5月30日前报送百岁老人人数。')?.period)
      .toBeNull();
  });
});
