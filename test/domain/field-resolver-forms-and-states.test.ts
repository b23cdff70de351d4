// A form of the state of something (…人员情况表) records that figure; a finished state reads the same however it is
// put (夏播完成面积 = 已夏播面积, 已收获 ~ 已收); an abbreviation the dictionary teaches (地灾 for 地质灾害) holds in
// every phrase.
import { describe, expect, it } from 'vitest';
import { createFieldMatcher } from '../../src/domain/dictionary.js';
import type { FieldDef } from '../../src/domain/types.js';

const fields: FieldDef[] = [
  { key: 'reemployed', label: '实现再就业人数', aliases: ['再就业人数'], type: 'integer', unit: '人' },
  { key: 'fund_spent', label: '就业再就业资金支出', aliases: [], type: 'number', unit: '万元' },
  { key: 'sown', label: '夏播完成面积', aliases: [], type: 'number', unit: '亩' },
  { key: 'harvested', label: '已收小麦面积', aliases: [], type: 'number', unit: '亩' },
  { key: 'wheat', label: '冬小麦面积', aliases: [], type: 'number', unit: '亩' },
  { key: 'points', label: '地灾隐患点', aliases: ['地质灾害隐患点数量'], type: 'integer', unit: '处' },
  { key: 'threatened', label: '地灾隐患威胁人口', aliases: [], type: 'integer', unit: '人' },
];
const matcher = createFieldMatcher(fields);
const best = (phrase: string): string | undefined => matcher.best(phrase)?.field.key;

describe('forms, finished states and taught abbreviations', () => {
  it('a …情况表 form is read as what it records', () => {
    expect(best('就业再就业人员情况表（一）')).toBe('reemployed');
  });

  it('X完成 is 已X', () => {
    expect(best('已夏播面积')).toBe('sown');
    expect(best('已收获小麦面积')).toBe('harvested');
  });

  it('an abbreviation taught by a label and its alias reads in any phrase', () => {
    expect(matcher.match('地质灾害隐患点')[0]).toMatchObject({ field: { key: 'points' }, score: 1 });
    expect(matcher.match('地质灾害隐患威胁人口')[0]).toMatchObject({ field: { key: 'threatened' }, score: 1 });
  });
});
