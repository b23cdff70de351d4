// 对具有归侨、侨眷、港澳台同胞…身份的干部职工进行摸底统计: a list inside a modifier that says who the head is (具有…身份的)
// belongs to the head; its members are no items of their own. A bare measure as the head (属于低保、特困的人数) counts
// the members, and the list is read as before.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, member } from './helpers.js';

const fields: FieldDef[] = [
  { key: 'ties_form', label: '侨情人员登记表', aliases: [], type: 'text' },
  { key: 'returned', label: '归侨人数', aliases: [], type: 'integer', unit: '人', min: 0 },
  { key: 'relatives', label: '侨眷人数', aliases: [], type: 'integer', unit: '人', min: 0 },
];
const parse = (text: string) => parseRequest(text, member('lead_mz'), { ...ctxAt('2026-09-05T09:00:00+08:00'), fields });

describe('a list inside an identity modifier', () => {
  it('belongs to the head it describes: the form is the item', () => {
    const r = parse([
      '关于做好侨情人员统计的通知',
      '各镇街：',
      '请对本单位具有归侨、侨眷、港澳台同胞身份的干部职工进行摸底统计，填写《侨情人员登记表》，于9月20日前报送。',
    ].join('\n'));
    expect(r?.fields).toEqual(['ties_form']);
  });

  it('with a bare measure as the head, counts each member', () => {
    const r = parse([
      '关于做好侨情人员统计的通知',
      '各镇街：',
      '请统计本单位归侨、侨眷的人数，于9月20日前报送。',
    ].join('\n'));
    expect(r?.fields).toEqual(['returned', 'relatives']);
  });
});
