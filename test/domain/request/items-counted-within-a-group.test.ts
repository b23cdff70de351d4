// WITHIN_A_GROUP: 空巢、独居老人中的低保对象人数 was asked as 空巢老人人数 and 低保人数, 低保、特困人员中的老年人数量 as 低保人数 —
// a count said 中的 after a group of people counts those people within the group: one item (a new one, asked of the lead),
// unless a field's names say the group too. 其中的 / 高中的 are no group.
import { describe, expect, it } from 'vitest';
import { createFieldMatcher } from '../../../src/domain/dictionary.js';
import { extractItems } from '../../../src/domain/request/items.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseWithDictionary } from './helpers.js';

const AT = '2026-11-24T09:00:00+08:00';
const labels = (text: string) => { const r = parseWithDictionary(text, 'lead_mz', AT); return r && [...r.fields, ...r.newFields.map((f) => f.label)]; };

describe('a count within a group', () => {
  it('is one item, not the group nor the count of everyone', () => {
    expect(labels('各镇街：请统计辖区内空巢、独居老人中的低保对象人数，11月30日前报民政科。')).toEqual(['空巢、独居老人中的低保对象人数']);
    expect(labels('区民政局：请各镇街报送低保、特困人员中的老年人数量，11月28日前。')).toEqual(['低保、特困人员中的老年人数量']);
    expect(labels('请各镇街于11月30日前报送低保户中的重度残疾人数、临时救助人次。')).toEqual(['temp_aid_times', '低保户中的重度残疾人数']);
  });

  it('a field whose names say the group is that item', () => {
    const field = (key: string, label: string): FieldDef => ({ key, label, aliases: [], type: 'integer', unit: '人', min: 0 });
    const fields = [field('dibao_persons', '低保对象人数'), field('dibao_disabled', '低保对象中的残疾人数'), field('disabled', '残疾人数')];
    const r = extractItems('请于11月30日前报送低保对象中的残疾人数。', { matcher: createFieldMatcher(fields), fields });
    expect(r.fields).toEqual(['dibao_disabled']);
  });

  // NOT_OF_THE_GROUP: …冬春救助户数，以及救助对象中的老年人数 was asked as 冬春救助户数 and 以、救助对象中的老年人数, and
  // 冬春救助户数及低保对象中的老年人数 as one item counted within 冬春救助户数、低保对象
  it('the joining word and the item before the group are not of it', () => {
    expect(labels('请各镇街于11月28日前报送冬春救助户数，以及救助对象中的老年人数。')).toEqual(['winter_aid_households', '救助对象中的老年人数']);
    expect(labels('请各镇街于11月28日前报送冬春救助户数及低保对象中的老年人数。')).toEqual(['winter_aid_households', '低保对象中的老年人数']);
  });

  it('其中的 and a school are no group', () => {
    expect(labels('请各镇街于11月30日前报送低保户数，其中的低保人数另行报送。')).toContain('dibao_households');
  });
});
