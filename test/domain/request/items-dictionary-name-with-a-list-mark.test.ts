// 粮食、油脂商品流转统计年报 / 《归侨、侨眷、港澳台同胞及其眷属、外籍华人及其亲属情况统计表》: a dictionary name that holds a
// list mark, said word for word, is one item; its 、 joins the words of one name and cuts out no member.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, member } from './helpers.js';

const fields: FieldDef[] = [
  { key: 'turnover_annual', label: '粮食、油脂商品流转统计年报', aliases: [], type: 'text' },
  { key: 'grain_stock', label: '粮食库存', aliases: [], type: 'number', unit: '吨', min: 0 },
  { key: 'ties_form', label: '归侨、侨眷、港澳台同胞及其眷属情况统计表', aliases: [], type: 'text' },
  { key: 'returned', label: '归侨人数', aliases: [], type: 'integer', unit: '人', min: 0 },
  { key: 'relatives', label: '侨眷人数', aliases: [], type: 'integer', unit: '人', min: 0 },
];
const parse = (text: string) => parseRequest(text, member('lead_mz'), { ...ctxAt('2026-02-05T09:00:00+08:00'), fields });

describe('a dictionary name with a list mark', () => {
  it('is read whole where the notice says it', () => {
    const r = parse(['关于报送年报的通知', '各镇街：', '请于2月20日前报送2025年度粮食、油脂商品流转统计年报。'].join('\n'));
    expect(r?.fields).toEqual(['turnover_annual']);
  });

  it('inside book-title marks, its words are not members of a list', () => {
    const r = parse(['关于做好身份信息统计的通知', '各镇街：', '请对本单位干部职工进行摸底统计，填写《归侨、侨眷、港澳台同胞及其眷属情况统计表》，于2月20日前报送。'].join('\n'));
    expect(r?.fields).toEqual(['ties_form']);
  });

  it('a list that only resembles the name is still read member by member', () => {
    const r = parse(['关于报送侨情的通知', '各镇街：', '请于2月20日前报送归侨、侨眷人数。'].join('\n'));
    expect(r?.fields).toEqual(['returned', 'relatives']);
  });
});
