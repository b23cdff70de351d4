// 排查栋数、存在安全隐患栋数、已整改栋数 of a self-built-house check: 已整改栋数 counts buildings, and borrowing the item
// before's object made it the dictionary's 安全生产隐患整改数 (处) — a measure word of buildings is no count of places,
// and an elliptical entry's object goes before its whole measure (已整改[…]栋数, not 已整改栋[…]数).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createFieldMatcher } from '../../../src/domain/dictionary.js';
import { extractItems } from '../../../src/domain/request/items.js';

const dictionary = JSON.parse(readFileSync(new URL('../../../data/fields.json', import.meta.url), 'utf8')).fields;
const matcher = createFieldMatcher(dictionary);
const items = (text: string) => extractItems(text, { matcher, fields: dictionary });

describe('buildings are no hazards', () => {
  it('已整改栋数 is no hazard field', () => {
    const r = items('请报送排查栋数、存在安全隐患栋数、已整改栋数。');
    expect(r.fields).not.toContain('safety_hazards_rectified');
    expect(r.newFields.map((f) => f.label)).toContain('已整改栋数');
  });

  it('hazards rectified are still found by their name', () => {
    expect(items('请报送安全生产隐患整改数。').fields).toEqual(['safety_hazards_rectified']);
  });
});
