// OBJECT_SPLIT_BY_ITS_WORK: 九小场所检查数 was read as 九小场所数量 (a wrong figure: the venues there are, for the venues
// checked) and 九小场所检查家数 as a new item, where the dictionary counts the venues both as they stand (九小场所数量) and by
// the work done on them (已检查场所数, 已检查九小场所数). A phrase saying that work of that object counts what it was done on,
// whether it says the work after the object, as notices do, or before it, as the names do; a field none of whose names says
// the work is not it. Where no name says the work of the phrase's object, the work word is left to the likeness.
import { describe, expect, it } from 'vitest';
import { createFieldMatcher } from '../../src/domain/dictionary.js';
import type { FieldDef } from '../../src/domain/types.js';

// a safety-inspection scenario's own dictionary (as jiangbei-safety-inspection's)
const fields: FieldDef[] = [
  { key: 'jiuxiao_venues', label: '九小场所数量', aliases: ['九小场所数', '九小场所总数'], type: 'integer', unit: '家' },
  { key: 'inspected_venues', label: '已检查场所数', aliases: ['已检查九小场所数', '检查场所数'], type: 'integer', unit: '家' },
  { key: 'blocked_fire_exits', label: '消防通道堵塞处数', aliases: ['消防通道堵塞数', '堵塞消防通道数'], type: 'integer', unit: '处' },
  { key: 'gas_hazards', label: '燃气隐患数', aliases: ['燃气安全隐患数', '燃气隐患'], type: 'integer', unit: '处' },
  { key: 'safety_hazards_found', label: '安全生产隐患排查数', aliases: ['安全隐患排查数'], type: 'integer', unit: '处' },
];
const matcher = createFieldMatcher(fields);
const best = (phrase: string): string | undefined => matcher.best(phrase)?.field.key;

describe('an object the dictionary counts by the work done on it', () => {
  it('the work said after the object, with any measure word, is the field that says the work', () => {
    expect(best('九小场所检查数')).toBe('inspected_venues');
    expect(best('九小场所检查家数')).toBe('inspected_venues');
    expect(best('九小场所检查场所数')).toBe('inspected_venues');
  });

  it('the work said before the object, as the names say it, too', () => {
    expect(best('检查九小场所数')).toBe('inspected_venues');
  });

  it('the object alone is still the stock, and the fields\' own names read', () => {
    expect(best('九小场所数')).toBe('jiuxiao_venues');
    expect(best('九小场所底数')).toBe('jiuxiao_venues');
    expect(best('已检查九小场所数')).toBe('inspected_venues');
  });

  it('a work word of an object no name counts by it is left to the likeness', () => {
    expect(best('燃气隐患排查数')).toBe('gas_hazards');
  });
});
