// 养殖（苗种）总产量 / 苗种（亲本）投放量: an aside with a name's characters on both sides says which, and the name runs on
// past it; one character in such a bracket is an alternative (年（季）报), not a qualifier of one name.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, member } from './helpers.js';

const fields: FieldDef[] = [
  { key: 'aq_output', label: '水产养殖产量', aliases: [], type: 'number', unit: '公斤', min: 0 },
  { key: 'fry_output', label: '苗种产量', aliases: [], type: 'number', unit: '公斤', min: 0 },
  { key: 'stocking', label: '苗种投放量', aliases: [], type: 'number', unit: '公斤', min: 0 },
];
const parse = (text: string) => parseRequest(text, member('lead_mz'), { ...ctxAt('2026-11-05T09:00:00+08:00'), fields });

describe('an aside inside a name', () => {
  it('the name is read whole around it', () => {
    const r = parse('各镇街：请于11月30日前报送养殖（苗种）总产量和苗种（亲本）投放量。');
    expect(r?.fields).toEqual(['aq_output', 'stocking']);
  });
});
