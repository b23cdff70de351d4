// 持证残疾人数以及其中一、二级重度残疾人数 lost 一级 (一 and 二级… were read as two members of a list: GRADES_JOINED keeps
// grades listed before their grade word together), and 拟救助资金 was the dictionary's 临时救助金额 — what is planned is
// never what was done (PLANNED: 拟 / 预计 / 计划, but not 计划生育).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createFieldMatcher } from '../../../src/domain/dictionary.js';
import { extractItems } from '../../../src/domain/request/items.js';

const dictionary = JSON.parse(readFileSync(new URL('../../../data/fields.json', import.meta.url), 'utf8')).fields;
const matcher = createFieldMatcher(dictionary);
const labels = (text: string) => { const r = extractItems(text, { matcher, fields: dictionary }); return [...r.fields, ...r.newFields.map((f) => f.label)]; };

describe('grades and plans', () => {
  it('一、二级 is one qualifier', () => {
    expect(labels('请在本周五前反馈辖区内持证残疾人数以及其中一、二级重度残疾人数。')).toEqual(['certified_disabled', '一、二级重度残疾人数']);
  });

  it('a planned figure is no done one', () => {
    expect(matcher.best('拟救助资金')).toBeNull();
    expect(matcher.best('计划生育奖励扶助人数')?.field.key).toBe('family_planning_rewards');
  });
});
