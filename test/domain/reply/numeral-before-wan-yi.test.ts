// 两万一 is 21,000 (二万一千 said short): 万一 right after a numeral is part of the number, not the word 万一 ("in case"),
// and a Chinese numeral in tens of thousands is never a year, so 年画 right after it is the next label (fresh15 回龙村).
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';

const fund: FieldDef = { key: 'ww_fund', label: '发放慰问金', aliases: ['慰问金'], type: 'number', unit: '万元', min: 0 };
const pictures: FieldDef = { key: 'ww_pic', label: '发放年画', aliases: ['年画'], type: 'integer', unit: '张', min: 0 };

describe('a numeral before 万一', () => {
  it('reads 两万一 as 2.1 万元', () => {
    const r = parseReply('慰问金两万一', ctx(open(fund)));
    expect(summary(r.values)).toEqual(['ww_fund=2.1@2026-11']);
  });

  it('reads 两万一 before 年画 in a voice run', () => {
    const r = parseReply('走访慰问四十二户慰问金两万一年画四十二张', ctx(open(fund), open(pictures)));
    expect(summary(r.values)).toEqual(['ww_fund=2.1@2026-11', 'ww_pic=42@2026-11']);
  });

  it('leaves the word 万一 alone', () => {
    const r = parseReply('万一有变化再报，慰问金两万', ctx(open(fund)));
    expect(summary(r.values)).toEqual(['ww_fund=2@2026-11']);
  });
});
