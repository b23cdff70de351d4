// 二、本次调查范围为全县所有农村用水人口，包括农村学校人口…: a sentence stating the scope of a survey, even inside a numbered
// ask, says who is covered, not what is counted; the form the survey fills in is the item.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, member } from './helpers.js';

const fields: FieldDef[] = [
  { key: 'source_survey', label: '农村饮用水水源地现状调查表', aliases: [], type: 'text' },
  { key: 'water_pop', label: '农村供水人口', aliases: ['农村用水人口'], type: 'integer', unit: '人', min: 0 },
];
const parse = (text: string) => parseRequest(text, member('lead_mz'), { ...ctxAt('2026-06-20T09:00:00+08:00'), fields });

describe('items not from a stated scope', () => {
  it('the population a survey covers is not an item', () => {
    const r = parse([
      '关于开展农村饮用水水源地现状调查的通知',
      '各镇街：',
      '一、本次调查范围为全县所有农村用水人口，包括农村学校人口。',
      '二、请按附表填写农村饮用水水源地现状调查表，于7月5日前报县水利局。',
    ].join('\n'));
    expect(r?.fields).toEqual(['source_survey']);
  });

  it('an ask for that population still names it', () => {
    const r = parse(['关于报送供水人口的通知', '各镇街：', '请于7月5日前报送本辖区农村用水人口。'].join('\n'));
    expect(r?.fields).toEqual(['water_pop']);
  });
});
