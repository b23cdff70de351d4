// 农村 of 农村公厕, 旅游 of 民俗旅游收入: two characters that do not end a longer name say which, not what is counted, and
// name no field by themselves; the end of a name (公厕, 客房数) does say what is counted.
import { describe, expect, it } from 'vitest';
import { createFieldMatcher } from '../../src/domain/dictionary.js';
import type { FieldDef } from '../../src/domain/types.js';

const count = (key: string, label: string, unit: string): FieldDef => ({ key, label, aliases: [], type: 'integer', unit });
const matcher = createFieldMatcher([count('public_toilets', '农村公厕', '座'), count('rooms', '民宿客房数', '间'), count('folk_income', '民俗旅游收入', '万元')]);
const best = (phrase: string): string | undefined => matcher.best(phrase)?.field.key;

describe('the opening words of a name', () => {
  it('name no field alone', () => {
    expect(best('农村')).toBeUndefined();
    expect(best('民宿')).toBeUndefined();
    expect(best('旅游')).toBeUndefined();
  });

  it('the words that end a name still reach it', () => {
    expect(best('公厕')).toBe('public_toilets');
    expect(best('客房数')).toBe('rooms');
  });
});
