// A progress item answered by its activity said to be finished: 问题都整改完了 for 整改进度 → 已完成.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctx, open, summary } from './fixtures.js';

const stage: FieldDef = { key: 'stage', label: '整改进度', aliases: ['问题整改进度'], type: 'enum', options: ['未开始', '整改中', '已完成'] };
const problems: FieldDef = { key: 'problems', label: '发现问题处数', aliases: ['问题处数', '发现问题'], type: 'integer', unit: '处', min: 0 };
const fixed: FieldDef = { key: 'fixed', label: '已整改问题处数', aliases: ['已整改处数', '已整改'], type: 'integer', unit: '处', min: 0 };

describe('an activity said finished', () => {
  it('问题都整改完了 is 已完成, with counts of problems found and fixed open beside it', () => {
    const r = parseReply('问题都整改完了', ctx(open(problems), open(fixed), open(stage)));
    expect(summary(r.values)).toEqual(['stage="已完成"@2026-11']);
  });
});
