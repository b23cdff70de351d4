// ONE_POINT_IS_A_DECIMAL (hide.ts NUMERAL_WORDS): 清淤渠道一点五公里 — 一点 (a little) with a numeral after it is 1.5, a figure. Hidden
// as the word 一点, the figure was lost and the reply answered 没有找到….
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';

const dredged: FieldDef = { key: 'dredged', label: '渠道清淤', aliases: ['清淤'], type: 'integer', unit: '米', min: 0 };
const income: FieldDef = { key: 'income', label: '销售收入', aliases: ['收入'], type: 'number', unit: '万元', min: 0 };

describe('一点 before a numeral', () => {
  it('is a decimal', () => {
    expect(summary(parseReply('清淤渠道一点五公里', ctx(open(dredged))).values)).toEqual(['dredged=1500@2026-11']);
    expect(summary(parseReply('收入一点二万', ctx(open(income))).values)).toEqual(['income=1.2@2026-11']);
  });

  it('and a little otherwise', () => {
    expect(summary(parseReply('收入比上月多一点', ctx(open(income))).values)).toEqual([]);
  });
});
