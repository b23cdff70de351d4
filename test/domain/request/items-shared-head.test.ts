// 当日和累计的接待游客人数: a short qualifier before a conjunction shares the next item's head, rather than being read
// alone as whatever field it is a part of.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, fields, member } from './helpers.js';

const extra: FieldDef[] = [
  { key: 'day_visitors', label: '当日接待游客人数', aliases: [], type: 'integer', unit: '人次', min: 0 },
  { key: 'total_visitors', label: '累计接待游客人数', aliases: [], type: 'integer', unit: '人次', min: 0 },
  { key: 'day_prices', label: '当日市场价格', aliases: [], type: 'text' },
];
const parse = (text: string) =>
  parseRequest(text, member('lead_mz'), { ...ctxAt('2026-11-24T09:00:00+08:00'), fields: [...fields, ...extra] });

describe('a qualifier sharing the next item\'s head', () => {
  it('当日和累计的接待游客人数 asks for both counts', () => {
    expect(parse('请各镇街于11月30日前报送当日和累计的接待游客人数。')?.fields?.sort()).toEqual(['day_visitors', 'total_visitors']);
  });

  it('a word that names an item by itself stays that item (低保户数和特困供养人数)', () => {
    expect(parse('请各镇街于11月30日前报送低保户数和特困供养人数。')?.fields).toEqual(['dibao_households', 'tekun_persons']);
  });
});
