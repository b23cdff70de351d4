// What an item counts is said last: 领取优惠证人员实现再就业情况 counts people who found work again, qualified by the
// certificate they hold; a field whose name only opens the phrase qualifies it and loses to the one that ends it.
import { describe, expect, it } from 'vitest';
import { createFieldMatcher } from '../../src/domain/dictionary.js';
import type { FieldDef } from '../../src/domain/types.js';

const fields: FieldDef[] = [
  { key: 'certs', label: '领取再就业优惠证人数', aliases: ['领取再就业优惠证情况'], type: 'integer', unit: '人' },
  { key: 'reemployed', label: '实现再就业人数', aliases: ['再就业人数'], type: 'integer', unit: '人' },
  { key: 'dibao', label: '低保户数', aliases: ['低保户'], type: 'integer', unit: '户' },
];
const best = (phrase: string): string | undefined => createFieldMatcher(fields).best(phrase)?.field.key;

describe('the head of an item comes last', () => {
  it('people in a state, asked as 情况, are a count of those people', () => {
    expect(best('领取再就业优惠证人员实现再就业情况')).toBe('reemployed');
  });

  it('a field that names the whole item still matches it', () => {
    expect(best('下岗失业人员领取再就业优惠证情况')).toBe('certs');
    expect(best('城乡低保户数')).toBe('dibao');
  });
});
