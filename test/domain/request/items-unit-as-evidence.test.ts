// 总面积（平方千米） / 工程数量（处） under 二、窖池工程: the unit a notice gives an item is evidence for its field. A field of
// another dimension never wins; the one field of the item's very unit that the item or its section names is taken; two
// such fields are no answer (the lead is asked).
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, member } from './helpers.js';

const fields: FieldDef[] = [
  { key: 'total_area', label: '行政区域面积', aliases: [], type: 'number', unit: '平方千米', min: 0 },
  { key: 'cultivated_area', label: '耕地面积', aliases: [], type: 'number', unit: '公顷', min: 0 },
  { key: 'forest_area', label: '林地面积', aliases: [], type: 'number', unit: '公顷', min: 0 },
  { key: 'pond_count', label: '塘坝（处）', aliases: [], type: 'integer', unit: '处', min: 0 },
  { key: 'pond_irrigated', label: '塘坝灌溉面积', aliases: [], type: 'number', unit: '亩', min: 0 },
  { key: 'cistern_count', label: '水窖（处）', aliases: ['窖池'], type: 'integer', unit: '处', min: 0 },
  { key: 'cistern_drought_area', label: '水窖抗旱补水面积', aliases: [], type: 'number', unit: '亩', min: 0 },
  { key: 'veg_area', label: '蔬菜', aliases: [], type: 'number', unit: '亩', min: 0 },
];
const parse = (text: string) => parseRequest(text, member('lead_mz'), { ...ctxAt('2026-11-05T09:00:00+08:00'), fields });

describe('the unit an item is given', () => {
  it('picks the one field of that unit the item names', () => {
    const r = parse(['各镇街：', '请于11月20日前报送本镇以下数据：', '1. 总面积（平方千米），耕地、林地面积（公顷）。'].join('\n'));
    expect(r?.fields).toEqual(expect.arrayContaining(['total_area', 'cultivated_area', 'forest_area']));
    // (several fields of that unit alike: none is taken)
    const tie = parse(['各镇街：', '请于11月20日前报送本镇以下数据：', '1. 总面积（公顷）。'].join('\n'));
    expect(tie?.fields ?? []).not.toContain('cultivated_area');
    expect(tie?.fields ?? []).not.toContain('forest_area');
    expect(tie?.newFields.find((n) => n.label === '总面积')?.choices).toEqual(['cultivated_area', 'forest_area']);
  });

  it('reads a bare count with the section it is under', () => {
    const r = parse([
      '各乡镇：',
      '请于11月20日前填报塘坝和窖池工程情况。',
      '一、塘坝工程：分别填写工程数量（处）和实际灌溉面积（亩）。',
      '二、窖池工程：分别填写工程数量（处）和抗旱补水面积（亩）。',
    ].join('\n'));
    expect(r?.fields).toEqual(expect.arrayContaining(['pond_count', 'pond_irrigated', 'cistern_count', 'cistern_drought_area']));
  });

  it('never takes a field whose unit is of another dimension', () => {
    const r = parse(['各镇街：', '请于11月20日前报送本镇蔬菜（吨）。'].join('\n'));
    expect(r?.fields ?? []).not.toContain('veg_area');
  });
});
