// 并按养殖方式填写养殖总产量和苗种投放量: filling in asks for the items after the verb, and a breakdown said before the verb
// (按养殖方式, 按品种) is how, not what.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, member } from './helpers.js';

const fields: FieldDef[] = [
  { key: 'farms', label: '规模化养殖场数', aliases: [], type: 'integer', unit: '个', min: 0 },
  { key: 'output', label: '养殖产量', aliases: [], type: 'number', unit: '公斤', min: 0 },
  { key: 'stocking', label: '苗种投放量', aliases: [], type: 'number', unit: '公斤', min: 0 },
];
const parse = (text: string) => parseRequest(text, member('lead_mz'), { ...ctxAt('2026-11-05T09:00:00+08:00'), fields });

describe('the items filled in', () => {
  it('a sentence that fills in asks for what follows the verb', () => {
    const r = parse('各镇街：\n请于11月30日前填报规模化养殖场数。\n并按养殖方式填写养殖产量和苗种投放量。');
    expect(r?.fields).toEqual(['farms', 'output', 'stocking']);
  });
});
