// 农村劳动力数，其中男性、女性各多少: the parts after 其中 are read with the item before them, each part in turn; a part
// read so lends nothing to the next, the item still does.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, member } from './helpers.js';

const fields: FieldDef[] = [
  { key: 'labor', label: '农村劳动力', aliases: [], type: 'integer', unit: '人', min: 0 },
  { key: 'labor_male', label: '农村劳动力（男）', aliases: [], type: 'integer', unit: '人', min: 0 },
  { key: 'labor_female', label: '农村劳动力（女）', aliases: [], type: 'integer', unit: '人', min: 0 },
];
const parse = (text: string) => parseRequest(text, member('lead_mz'), { ...ctxAt('2026-11-05T09:00:00+08:00'), fields });

describe('parts after 其中', () => {
  it('each part is the whole\'s refinement', () => {
    const r = parse('各镇街：请于11月30日前填报农村劳动力数，其中男性、女性各多少。');
    expect([...(r?.fields ?? [])].sort()).toEqual(['labor', 'labor_female', 'labor_male']);
  });
});
