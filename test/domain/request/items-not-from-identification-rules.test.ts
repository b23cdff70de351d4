// 二、统计人员身份鉴别 1.华侨：定居在国外的中国公民 …: a section saying how to tell who belongs to a category defines its
// terms; what is counted is asked elsewhere (a form to fill in), so the defined terms are no items.
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

describe('items not from identification rules', () => {
  it('the terms a section identifies are not items', () => {
    const r = parse([
      '关于做好侨情人员统计的通知',
      '各镇街：',
      '一、统计人员身份鉴别',
      '1.归侨：回国定居的华侨。',
      '2.侨眷：华侨、归侨在国内的眷属。',
      '二、具体要求',
      '请对本单位干部职工进行摸底统计，填写《侨情人员登记表》，于9月20日前报送。',
    ].join('\n'));
    expect(r?.fields).toEqual(['ties_form']);
  });

  it('the same entries under a section of what to count are items', () => {
    const r = parse([
      '关于做好侨情人员统计的通知',
      '各镇街：',
      '一、统计内容',
      '1.归侨：回国定居的华侨。',
      '2.侨眷：华侨、归侨在国内的眷属。',
      '二、请于9月20日前报送。',
    ].join('\n'));
    expect(r?.fields).toEqual(['returned', 'relatives']);
  });
});
