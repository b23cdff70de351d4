// 关于填报水产养殖业普查表的通知 … 养殖总面积: an item two fields fit equally (水产养殖面积, 网箱养殖面积) is the one whose
// left-out words the title says; with a title that says neither, the item stays unresolved.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, member } from './helpers.js';

const fields: FieldDef[] = [
  { key: 'aq_area', label: '水产养殖面积', aliases: [], type: 'number', unit: '亩', min: 0 },
  { key: 'cage_area', label: '网箱养殖面积', aliases: [], type: 'number', unit: '亩', min: 0 },
];
const parse = (text: string) => parseRequest(text, member('lead_mz'), { ...ctxAt('2026-11-05T09:00:00+08:00'), fields });
const body = '\n各镇街：\n请于11月30日前报送养殖总面积。';

describe('the title settles a tie', () => {
  it('the field whose words the title says', () => {
    expect(parse(`关于填报水产养殖业普查表的通知${body}`)?.fields).toEqual(['aq_area']);
    expect(parse(`关于填报网箱养殖情况表的通知${body}`)?.fields).toEqual(['cage_area']);
  });

  it('a title that says neither settles nothing', () => {
    expect(parse(`关于填报养殖业统计表的通知${body}`)?.fields ?? []).toEqual([]);
  });
});
