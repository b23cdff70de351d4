// 80-89岁、90-99岁、100岁以上老人人数: members that are only an age band count what the last member counts after its band;
// read alone they named nothing and were dropped. And 90岁以上老人人数 is not the dictionary's 80周岁以上 one: the ages
// of two names must be the same numbers (it was merged into 80岁以上 and lost).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createFieldMatcher } from '../../../src/domain/dictionary.js';
import { extractItems } from '../../../src/domain/request/items.js';

const dictionary = JSON.parse(readFileSync(new URL('../../../data/fields.json', import.meta.url), 'utf8')).fields;
const matcher = createFieldMatcher(dictionary);
const labels = (text: string) => { const r = extractItems(text, { matcher, fields: dictionary }); return [...r.fields, ...r.newFields.map((f) => f.label)]; };

describe('age bands share the noun', () => {
  it('each band with the last member\'s noun', () => {
    expect(labels('请报送辖区内80-89岁、90-99岁、100岁以上老人人数。')).toEqual(['centenarians', '80-89岁老人人数', '90-99岁老人人数']);
  });

  it('another age is another item', () => {
    expect(labels('请报送辖区内80岁以上、90岁以上老人人数。')).toEqual(['elderly_80plus', '90岁以上老人人数']);
    expect(matcher.best('90周岁以上老人人数')?.field.key).not.toBe('elderly_80plus');
  });
});
