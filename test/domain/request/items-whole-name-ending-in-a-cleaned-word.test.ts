// 法人单位基本信息 / 调查单位基本情况: a dictionary name that ends in words an item is cleaned of (基本情况, 信息…) would
// lose what makes it that name (法人单位 alone); said word for word, it is one item, read as its field.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, member } from './helpers.js';

const fields: FieldDef[] = [
  { key: 'unit_basic_info', label: '法人单位基本信息', aliases: [], type: 'text' },
  { key: 'unit_count', label: '法人单位数', aliases: [], type: 'integer', unit: '个', min: 0 },
  { key: 'year_end_staff', label: '期末从业人员数', aliases: [], type: 'integer', unit: '人', min: 0 },
  { key: 'surveyed_basic', label: '调查单位基本情况', aliases: ['调查单位基本情况表'], type: 'text' },
  { key: 'staff_and_wages', label: '从业人员及工资总额', aliases: [], type: 'text' },
];
const parse = (t: string) => parseRequest(t, member('lead_mz'), { ...ctxAt('2026-11-05T09:00:00+08:00'), fields });

describe('a dictionary name ending in a word items are cleaned of', () => {
  it('said word for word is its field, beside the other items', () => {
    const r = parse('各镇街：请于11月30日前报送调查内容：调查单位基本情况、期末从业人员数。');
    expect([...(r?.fields ?? [])].sort()).toEqual(['surveyed_basic', 'year_end_staff']);
  });

  it('is read in a list of forms too', () => {
    const r = parse('各镇街：请于11月30日前报送年报，包括601-1表调查单位基本情况、602表从业人员及工资总额。');
    expect([...(r?.fields ?? [])].sort()).toEqual(['staff_and_wages', 'surveyed_basic']);
  });
});
