// 计划2040—2042年改厕的户数: the years a plan covers say when, not which item: the item is the dictionary's 计划改厕户数.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, member } from './helpers.js';

const fields: FieldDef[] = [
  { key: 'planned', label: '计划改厕户数', aliases: [], type: 'integer', unit: '户', min: 0 },
  { key: 'done', label: '已改厕户数', aliases: [], type: 'integer', unit: '户', min: 0 },
];
const parse = (text: string) => parseRequest(text, member('lead_mz'), { ...ctxAt('2026-11-05T09:00:00+08:00'), fields });

describe('the years of a plan inside an item', () => {
  it('are not part of the item', () => {
    expect(parse('各镇街：请于11月30日前报送计划2027—2029年改厕的户数。')?.fields).toEqual(['planned']);
  });
});
