// A grade said with 等 after it (风险等级中等) is the option of that grade.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctx, open, summary } from './fixtures.js';

const level: FieldDef = { key: 'level', label: '燃气风险等级', aliases: ['风险等级'], type: 'enum', options: ['高风险', '中风险', '低风险'] };

describe('a grade said with 等', () => {
  it('风险等级中等 is 中风险', () => {
    expect(summary(parseReply('风险等级中等', ctx(open(level))).values)).toEqual(['level="中风险"@2026-11']);
  });

  it('较高 is still no option of 高/中/低风险', () => {
    expect(parseReply('风险等级较高', ctx(open(level))).values).toEqual([]);
  });
});
