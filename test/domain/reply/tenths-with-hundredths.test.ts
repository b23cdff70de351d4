// A share said in tenths with a digit after 成 (六成五, 8成5, 六成半) is that many hundredths more: 65%, 85%, 65%.
// The digit must end the figure; 六成 alone stays 60%.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctx, open } from './fixtures.js';

const top: FieldDef = { key: 'top', label: '上等烟比例', aliases: ['上等烟'], type: 'number', unit: '%', min: 0, max: 100 };
const plan: FieldDef = { key: 'plan', label: '完成计划收购比例', aliases: ['完成计划'], type: 'number', unit: '%', min: 0 };
const read = (text: string) => parseReply(text, ctx(open(top), open(plan))).values.map((v) => `${v.field}=${v.value}`).sort();

describe('tenths with a digit after 成', () => {
  it('adds the hundredths', () => {
    expect(read('上等烟比例约六成五')).toEqual(['top=65']);
    expect(read('上等烟8成5，完成计划九成')).toEqual(['plan=90', 'top=85']);
    expect(read('上等烟六成半')).toEqual(['top=65']);
  });

  it('leaves a plain share in tenths as it was', () => {
    expect(read('上等烟六成，完成计划8成')).toEqual(['plan=80', 'top=60']);
  });
});
