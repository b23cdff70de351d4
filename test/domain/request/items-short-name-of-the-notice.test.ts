// SHORT_NAME_OF_THE_NOTICE: 城乡居民医保集中征缴工作已启动，请各地每周五报送参保人数 — 参保人数 ends the names of several fields
// (城乡居民医保参保人数, 城乡居民养老保险参保人数…) and was put to the lead as a new field. The notice says the rest of one of them
// (城乡居民医保) word for word, so it is that one; a notice that says the rest of two, or of none, leaves it unsettled.
import { describe, expect, it } from 'vitest';
import { parseWithDictionary } from './helpers.js';

const read = (text: string) => parseWithDictionary(text, 'lead_yb', '2026-11-20T09:00:00+08:00');
const labels = (text: string) => { const r = read(text); return r && [...r.fields, ...r.newFields.map((f) => f.label)]; };

describe('a short name several fields end in', () => {
  it('is the field whose qualifier the notice says', () => {
    expect(labels('各镇街：\n2027年度城乡居民医保集中征缴工作已启动，请各地于12月5日前报送参保人数。')).toEqual(['resident_insured_persons']);
    expect(labels('各镇街：\n城乡居民养老保险征缴已启动。请各地于12月5日前报送参保人数。')).toEqual(['pension_insured']);
    expect(labels('各镇街：\n城乡居民医保征缴：请各地于12月5日前报送参保人数、参保率。')).toEqual(['resident_insured_persons', 'insured_rate']);
  });

  it('stays unsettled when the notice says two qualifiers', () => {
    expect(labels('各镇街：\n今年城乡居民医保征缴与城乡居民养老保险征缴同步开展。请各地于12月5日前报送参保人数。')).toEqual(['参保人数']);
  });

  it('stays unsettled when the notice says none', () => {
    expect(labels('各镇街：请各地于12月5日前报送参保人数。')).toEqual(['参保人数']);
  });
});
