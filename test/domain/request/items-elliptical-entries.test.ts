// 1. 目前留守儿童人数；2. 本季度新增人数；3. 因返乡减少的人数: an entry that names only what is said of a count and its
// measure counts the object of the entry before it that named one.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, member } from './helpers.js';

const count = (key: string, label: string, unit: string): FieldDef => ({ key, label, aliases: [], type: 'integer', unit, min: 0 });
const fields: FieldDef[] = [
  count('children', '农村留守儿童', '人'),
  count('children_new', '本季度新增留守儿童', '人'),
  count('children_left', '因父母返乡退出的留守儿童', '人'),
  count('cases_new', '本周新受理欠薪案件', '件'),
  count('cases_closed', '本周办结欠薪案件', '件'),
  count('points', '地灾隐患点', '处'),
];
const parse = (text: string) => parseRequest(text, member('lead_mz'), { ...ctxAt('2026-11-24T09:00:00+08:00'), fields });

describe('elliptical entries', () => {
  it('numbered entries after the first borrow its object', () => {
    const r = parse('请各镇街于11月30日前报送：1. 目前农村留守儿童人数；2. 本季度新增人数；3. 因父母返乡减少的人数。');
    expect(r?.fields).toEqual(['children', 'children_new', 'children_left']);
  });

  it('the second item of a pair borrows the first one\'s object (…案件数和已办结案件数)', () => {
    const r = parse('请各镇街每周五前报送本周新受理的拖欠农民工工资案件数和已办结案件数。');
    expect(r?.fields).toEqual(['cases_new', 'cases_closed']);
  });

  it('an entry that names its own object borrows nothing (人数 alone is no item)', () => {
    const r = parse('请各镇街于11月30日前报送：1. 地灾隐患点数；2. 本季度新增人数。');
    expect(r?.fields).toEqual(['points']);
  });
});
