// 2026年残疾人两项补贴发放情况（发放人数、发放金额） was read as 高龄津贴发放人数 and 低保金发放金额 — two wrong fields. What
// is done and its measure (发放人数) names nothing of what is paid (ACTION_AND_MEASURE), and in a bracket after a 情况 it is
// said of the head's object, the time before that object cut (残疾人两项补贴发放金额).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createFieldMatcher } from '../../../src/domain/dictionary.js';
import { extractItems } from '../../../src/domain/request/items.js';

const dictionary = JSON.parse(readFileSync(new URL('../../../data/fields.json', import.meta.url), 'utf8')).fields;
const matcher = createFieldMatcher(dictionary);
const labels = (text: string) => { const r = extractItems(text, { matcher, fields: dictionary }); return [...r.fields, ...r.newFields.map((f) => f.label)]; };

describe('what is paid out', () => {
  it('an action and a measure name no field', () => {
    expect(matcher.best('发放人数')).toBeNull();
    expect(matcher.best('发放金额')).toBeNull();
    expect(matcher.best('高龄津贴发放人数')?.field.key).toBe('elderly_allowance_persons');
  });

  it('bracket members take the head object', () => {
    const got = labels('请将2026年残疾人两项补贴发放情况（发放人数、发放金额）于12月5日前报送。');
    expect(got).not.toContain('elderly_allowance_persons');
    expect(got).not.toContain('dibao_amount');
    expect(got).toContain('残疾人两项补贴发放金额');
  });
});
