// 持证残疾人数以及其中一、二级重度残疾人数 lost 一级 (一 and 二级… were read as two members of a list: GRADES_JOINED keeps
// grades listed before their grade word together).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createFieldMatcher } from '../../../src/domain/dictionary.js';
import { extractItems } from '../../../src/domain/request/items.js';

const dictionary = JSON.parse(readFileSync(new URL('../../../data/fields.json', import.meta.url), 'utf8')).fields;
const matcher = createFieldMatcher(dictionary);
const labels = (text: string) => { const r = extractItems(text, { matcher, fields: dictionary }); return [...r.fields, ...r.newFields.map((f) => f.label)]; };

describe('grades joined', () => {
  it('一、二级 is one qualifier', () => {
    expect(labels('请在本周五前反馈辖区内持证残疾人数以及其中一、二级重度残疾人数。')).toEqual(['certified_disabled', '一、二级重度残疾人数']);
  });
});
