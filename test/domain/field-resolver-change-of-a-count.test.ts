// How much a figure moved in the period (变动, 增减) is another item than the figure, and than a count that only shares
// characters with it (变动人数 / 流动人口数).
import { describe, expect, it } from 'vitest';
import { createFieldMatcher } from '../../src/domain/dictionary.js';
import type { FieldDef } from '../../src/domain/types.js';

const count = (key: string, label: string, unit: string, aliases: string[] = []): FieldDef => ({ key, label, aliases, type: 'integer', unit });
const stocks: FieldDef[] = [
  count('floating_population', '流动人口数', '人', ['流动人口']),
  count('de_facto_orphans', '事实无人抚养儿童人数', '人'),
  count('workers', '用工人数', '人'),
];
const best = (fields: FieldDef[], phrase: string): string | undefined => createFieldMatcher(fields).best(phrase)?.field.key;

describe('a change of a count', () => {
  it('is no stock field, nor a field that shares its characters', () => {
    expect(best(stocks, '变动人数')).toBeUndefined();
    expect(best(stocks, '事实无人抚养儿童变动人数')).toBeUndefined();
    expect(best(stocks, '用工数量增减')).toBeUndefined();
  });

  it('the stock is still read, and a change field is reached by a change', () => {
    expect(best(stocks, '事实无人抚养儿童人数')).toBe('de_facto_orphans');
    expect(best(stocks, '流动人数')).toBe('floating_population');
    const withChange = [...stocks, count('workers_change', '用工数量增减', '人')];
    expect(best(withChange, '用工人数增减')).toBe('workers_change');
    expect(best(withChange, '用工人数')).toBe('workers');
  });
});
