// IN_A_STATE (LEADING_NOISE, items.ts): 请各镇街于11月28日前报送在校困难学生人数 — 在 that opens a word of state (在校, 在册, 在岗)
// is part of the item's name, not the preposition of 在11月28日前; the new item was named 校困难学生人数 and shown so.
import { describe, expect, it } from 'vitest';
import { parseWithDictionary } from './helpers.js';

const AT = '2026-11-20T09:00:00+08:00';
const labels = (text: string) => { const r = parseWithDictionary(text, 'lead_mz', AT); return r && [...r.fields, ...r.newFields.map((f) => f.label)]; };

describe('在 before an item', () => {
  it('opening a word of state stays in the name', () => {
    expect(labels('【区民政局】请各镇街于11月28日前报送在校困难学生人数。')).toEqual(['在校困难学生人数']);
    expect(labels('请各镇街于11月28日前报送在园幼儿人数、在外务工人员数。')).toEqual(['在园幼儿人数', '在外务工人员数']);
  });

  it('as the preposition of a due day is still cut', () => {
    expect(labels('请各镇街在11月28日前报送低保户数。')).toEqual(['dibao_households']);
  });
});
