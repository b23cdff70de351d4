// A Chinese numeral that counts in 万 (八万, 十二万五) is a sum even when more words follow it without a pause.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctx, open, summary } from './fixtures.js';

const paid: FieldDef = { key: 'paid', label: '已清偿金额', aliases: ['已清偿'], type: 'number', unit: '万元', min: 0 };
const risk: FieldDef = { key: 'risk', label: '欠薪风险等级', aliases: ['风险等级'], type: 'enum', options: ['红色预警', '黄色预警', '绿色'] };

describe('a sum in 万 said mid-run', () => {
  it('已经清偿了八万风险绿色: 8 (万元) and the option', () => {
    expect(summary(parseReply('已经清偿了八万风险绿色', ctx(open(paid), open(risk))).values)).toEqual(['paid=8@2026-11', 'risk="绿色"@2026-11']);
  });

  it('a numeral without 万 mid-run is still no figure (一下)', () => {
    expect(parseReply('已清偿的核对一下风险绿色', ctx(open(paid), open(risk))).values.map((v) => v.field)).toEqual(['risk']);
  });
});
