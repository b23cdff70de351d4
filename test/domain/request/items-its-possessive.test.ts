// 各保护物种的名称及其保护点面积: 其 before a name is "its": the item is the name after it (其他 is not it).
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, member } from './helpers.js';

const fields: FieldDef[] = [
  { key: 'site_area', label: '原生境保护点面积', aliases: [], type: 'number', unit: '公顷', min: 0 },
  { key: 'other', label: '其他物种面积', aliases: [], type: 'number', unit: '公顷', min: 0 },
];
const parse = (text: string) => parseRequest(text, member('lead_mz'), { ...ctxAt('2026-11-05T09:00:00+08:00'), fields });

describe('its', () => {
  it('其 before a name is left out', () => {
    expect(parse('各镇街：请于11月30日前报送保护物种的名称及其保护点面积。')?.fields).toEqual(['site_area']);
  });

  it('其他 stays a word of the name', () => {
    expect(parse('各镇街：请于11月30日前报送其他物种面积。')?.fields).toEqual(['other']);
  });
});
