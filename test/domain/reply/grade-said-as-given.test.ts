// 风险等级定的中: the grade an office gave (定的, 评为) is the option it names, 中 for 中风险.
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';

const level = { key: 'gs_level', label: '社区燃气风险等级', aliases: ['燃气风险等级', '风险等级'], type: 'enum', options: ['高风险', '中风险', '低风险'] } as FieldDef;

describe('a grade said as given', () => {
  it('定的中 is 中风险', () => {
    expect(summary(parseReply('风险等级定的中', ctx(open(level))).values)).toEqual(['gs_level="中风险"@2026-11']);
  });

  it('评为低 is 低风险', () => {
    expect(summary(parseReply('风险等级评为低', ctx(open(level))).values)).toEqual(['gs_level="低风险"@2026-11']);
  });
});
