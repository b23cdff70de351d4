// OBJECT_NOT_NAMED: 改厕户数 / 改水户数 scored .75 against 危改户数 (危房改造户数's short name) and were read as it: what the short
// phrase counts (厕, 水) is written in none of the field's names. And listed after 低保户数, 改厕户数 borrowed 低保 and was read
// as 低保户数 again, so the notice lost it.
import { describe, expect, it } from 'vitest';
import { createFieldMatcher } from '../../src/domain/dictionary.js';
import { extractItems } from '../../src/domain/request/items.js';
import type { FieldDef } from '../../src/domain/types.js';

const fields: FieldDef[] = [
  { key: 'dilapidated_households', label: '危房改造户数', aliases: ['农村危房改造户数', '危改户数'], type: 'integer', unit: '户' },
  { key: 'dibao_households', label: '低保户数', aliases: ['低保户'], type: 'integer', unit: '户' },
  { key: 'dibao_persons', label: '低保人数', aliases: [], type: 'integer', unit: '人' },
  { key: 'poverty_alleviated_households', label: '脱贫户数', aliases: [], type: 'integer', unit: '户' },
];
const matcher = createFieldMatcher(fields);
const best = (phrase: string): string | undefined => matcher.best(phrase)?.field.key;
const items = (text: string) => extractItems(text, { matcher, fields, listSpans: [], notice: text });

describe('a short phrase whose object no name of the field writes', () => {
  it.each(['改厕户数', '改水户数', '农村改厕户数'])('%s is not 危房改造户数', (phrase) => {
    expect(best(phrase)).toBeUndefined();
  });

  it('易返贫户数 is not 脱贫户数; 全镇低保户数 is 低保户数', () => {
    expect(best('易返贫户数')).toBeUndefined();
    expect(best('全镇低保户数')).toBe('dibao_households');
  });

  it.each([['危改户数', 'dilapidated_households'], ['农村危改户数', 'dilapidated_households'], ['低保户数', 'dibao_households']])('%s still is %s', (phrase, key) => {
    expect(best(phrase)).toBe(key);
  });

  it('listed after 低保户数, 改厕户数 is an item of its own; 人数 still borrows 低保', () => {
    expect(items('报送低保户数、改厕户数')).toEqual({ fields: ['dibao_households'], newFields: [{ label: '改厕户数', type: 'integer' }] });
    expect(items('报送低保户数、人数').fields).toEqual(['dibao_households', 'dibao_persons']);
  });
});
