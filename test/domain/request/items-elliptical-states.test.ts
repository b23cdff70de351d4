// 残疾儿童总数、已入学人数、未入学人数: an entry that names only a state and a measure borrows the object of the item that
// named one, never the state of the entry before it (已 + 未入学 reads as neither); 已入学 and 未入学 are opposite.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, member } from './helpers.js';

const fields: FieldDef[] = [
  { key: 'total', label: '残疾儿童总数', aliases: [], type: 'integer', unit: '人', min: 0 },
  { key: 'enrolled', label: '已入学残疾儿童', aliases: [], type: 'integer', unit: '人', min: 0 },
  { key: 'not_enrolled', label: '未入学残疾儿童', aliases: [], type: 'integer', unit: '人', min: 0 },
];
const parse = (text: string) => parseRequest(text, member('lead_mz'), { ...ctxAt('2026-11-05T09:00:00+08:00'), fields });

describe('elliptical entries with states', () => {
  it('each state borrows the object, not the state before it', () => {
    const r = parse('各镇街：请于11月20日前报送残疾儿童总数、已入学人数、未入学人数。');
    expect(r?.fields).toEqual(['total', 'enrolled', 'not_enrolled']);
  });
});
