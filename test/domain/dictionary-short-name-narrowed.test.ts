// A short name (老人数, 低保户数, 低保户) counts everyone it names; a word put before it says which of them (失能老年人数,
// 经济困难的高龄…老年人数, 重度残疾低保户数) — a narrower count the short name's field does not hold (SHORT_NAME_NARROWED).
// What may be said of any count (农村, 新增) and where or when it is counted (我镇, 年末) narrow nothing.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFieldMatcher } from '../../src/domain/dictionary.js';
import { parseWithDictionary } from './request/helpers.js';

const matcher = createFieldMatcher(JSON.parse(readFileSync('data/fields.json', 'utf8')).fields);
const best = (phrase: string) => matcher.best(phrase)?.field.key ?? null;

describe('a qualifier before a short dictionary name', () => {
  it('失能老年人数 is not 60周岁以上老年人数', () => {
    expect(best('失能老年人数')).toBeNull();
    expect(best('失能老人人数')).toBeNull();
  });

  it('重度残疾低保户数 is not 低保户数', () => {
    expect(best('重度残疾低保户数')).toBeNull();
  });

  it('the short name itself, and said of where or of any count, still match', () => {
    expect(best('老年人口数')).toBe('elderly_60plus');
    expect(best('农村低保户数')).toBe('dibao_households');
    expect(best('我镇低保户数')).toBe('dibao_households');
  });

  it('a verb of the work before a short name narrows nothing', () => {
    const own = createFieldMatcher([{ key: 'farm_households', label: '农户总数', aliases: [], type: 'integer', unit: '户', min: 0 }]);
    expect(own.best('摸清农户总数')?.field.key).toBe('farm_households');
    expect(own.best('失能农户总数')).toBeNull();
  });

  it('an ask for the hard-up elderly: a new item, not the 60-plus count', () => {
    const r = parseWithDictionary('请各镇街11月30日前报送辖区经济困难的高龄、失能老年人数。', 'lead_mz', '2027-11-16T10:00:00+08:00');
    expect(r?.fields).not.toContain('elderly_60plus');
  });
});
