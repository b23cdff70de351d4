// 此后…实行季报制：季度末或下季度初（5日前）报送: a day of the month said of a quarter's start or end names no month of its
// own; it is the quarterly rounds' rhythm, never a day of the month the notice is sent in.
import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../../src/domain/request/deadline.js';

describe('a bare day after a quarter\'s start or end', () => {
  it('is no due day', () => {
    const text = '各镇人民政府：请填报《2040年墙材企业主要经济指标统计表》，汇总后报县墙改办。此后实行季报制：季度末或下季度初（5日前）报送辖区墙材企业产品产量统计表。';
    expect(findDeadline(text, new Date('2040-11-20T09:30:00+08:00'), 'Asia/Shanghai')).toBeNull();
  });
});
