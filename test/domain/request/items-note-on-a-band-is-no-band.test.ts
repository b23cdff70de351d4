// 80—89周岁、90—99周岁和100周岁以上（含100周岁）老年人数: the bracket after the band is a note on it (含…), not a band of
// the name; kept as if it were one, it cut the name in two and 老年人数 was read as an item of its own (the 60-plus count).
// The note goes and the name runs on past it.
import { describe, expect, it } from 'vitest';
import { createFieldMatcher } from '../../../src/domain/dictionary.js';
import { extractItems } from '../../../src/domain/request/items.js';
import type { FieldDef } from '../../../src/domain/types.js';

const field = (key: string, label: string, aliases: string[] = []): FieldDef => ({ key, label, aliases, type: 'integer', unit: '人', min: 0 });
const fields: FieldDef[] = [
  field('elders', '60周岁以上老年人数', ['老年人数']),
  field('elder_80_89', '80至89周岁老人'),
  field('elder_90_99', '90至99周岁老人'),
  field('elder_100', '百岁及以上老人', ['百岁老人']),
];
const matcher = createFieldMatcher(fields);
const keys = (text: string) => { const r = extractItems(text, { matcher, fields }); return [...r.fields, ...r.newFields.map((f) => f.label)]; };

describe('a note on a band inside a name', () => {
  it('goes, and the name is read whole', () => {
    expect(keys('请于5月31日前核实80—89周岁、90—99周岁和100周岁以上（含100周岁）老年人数，报县老龄办。'))
      .toEqual(['elder_80_89', 'elder_90_99', 'elder_100']);
    expect(keys('请于5月31日前报送100周岁以上（含100周岁）的老年人数。')).toEqual(['elder_100']);
  });
});
