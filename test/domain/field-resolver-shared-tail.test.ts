// A name that is only the end of several fields' names (改造户数 of 危房改造户数 and 无障碍改造户数) says what is done and
// counted but not to what: it names none of them, and is at most offered to the lead.
import { describe, expect, it } from 'vitest';
import { createFieldMatcher } from '../../src/domain/dictionary.js';
import type { FieldDef } from '../../src/domain/types.js';

const count = (key: string, label: string, unit: string, aliases: string[] = []): FieldDef => ({ key, label, aliases, type: 'integer', unit });
const fields: FieldDef[] = [
  count('dilapidated', '危房改造户数', '户', ['危改户数', '农村危房改造户数']),
  count('accessibility', '无障碍改造户数', '户', ['家庭无障碍改造数']),
  count('temp_amount', '临时救助金额', '元'),
  count('medical_amount', '医疗救助金额', '元'),
  count('dibao', '低保户数', '户'),
];
const matcher = createFieldMatcher(fields);
const best = (phrase: string): string | undefined => matcher.best(phrase)?.field.key;

describe('the shared end of several fields’ names', () => {
  it('names none of them, past a word of plan or state too', () => {
    expect(best('改造户数')).toBeUndefined();
    expect(best('2027年拟改造户数')).toBeUndefined();
    expect(best('救助金额')).toBeUndefined();
  });

  it('is still close enough to offer', () => {
    expect(matcher.match('改造户数', 0.55).map((m) => m.field.key).sort()).toEqual(['accessibility', 'dilapidated']);
  });

  it('a whole name is read as before', () => {
    expect(best('危房改造户数')).toBe('dilapidated');
    expect(best('无障碍改造户数')).toBe('accessibility');
    expect(best('临时救助金额')).toBe('temp_amount');
    expect(best('低保户数')).toBe('dibao');
  });
});
