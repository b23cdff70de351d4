// 请朱沱镇石桥村、白沙村、红岩村…报送: a unit named right before a unit under it says where that unit is; it is not asked.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const targets = (text: string): string[] | undefined =>
  parseRequest(text, member('lead_mz'), ctxAt('2026-11-24T09:00:00+08:00'))?.targets;

describe('a town named right before its villages', () => {
  it('请朱沱镇大河村、双龙村 asks the two villages, not the town', () => {
    expect(targets('请朱沱镇大河村、双龙村于11月27日前报送本月低保户数。')?.sort()).toEqual(['dahe', 'shuanglong']);
  });

  it('in the addressee line too, and beside another town named for itself', () => {
    expect(targets('朱沱镇大河村：\n请于11月27日前报送本月低保户数。')).toEqual(['dahe']);
    expect(targets('请朱沱镇大河村、松溉镇于11月27日前报送本月低保户数。')?.sort()).toEqual(['dahe', 'songji']);
  });

  it('a town listed with 、 before a village is asked itself', () => {
    expect(targets('请朱沱镇、大河村于11月27日前报送本月低保户数。')?.sort()).toEqual(['dahe', 'zhutuo']);
  });
});
