// 火灾隐患排查处数 in a list of items is the name of a count (inspections), not a verb of finding out: the items before it
// in the list stay items.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, member } from './helpers.js';

const fields: FieldDef[] = [
  { key: 'drills', label: '森林防火演练次数', aliases: [], type: 'integer', unit: '次', min: 0 },
  { key: 'participants', label: '参演人数', aliases: [], type: 'integer', unit: '人', min: 0 },
  { key: 'hazards', label: '火灾隐患排查处数', aliases: [], type: 'integer', unit: '处', min: 0 },
  { key: 'fixed', label: '火灾隐患已整改处数', aliases: [], type: 'integer', unit: '处', min: 0 },
];
const parse = (text: string) => parseRequest(text, member('lead_mz'), { ...ctxAt('2026-11-05T09:00:00+08:00'), fields });

describe('a verb of finding out inside an item name', () => {
  it('keeps every item of the list', () => {
    const r = parse('请各村于11月30日前报送11月森林防火工作情况：森林防火演练次数、参演人数、火灾隐患排查处数、火灾隐患已整改处数。');
    expect(r?.fields).toEqual(['drills', 'participants', 'hazards', 'fixed']);
  });
});
