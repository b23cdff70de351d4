// PER_HEAD_BEFORE (read-clause.ts): 工资每人每月2400元 — a span of time (每月, 一个月) between 每人 and the figure keeps it a
// rate per head, no total: it was stored as the month's 护路员工资 (2400 for 4800) until the clerk said the total.
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';

const wage: FieldDef = { key: 'wage', label: '护路员工资', aliases: ['工资'], type: 'number', unit: '元', min: 0 };

describe('a rate per head over a span of time', () => {
  it('is no total', () => {
    expect(summary(parseReply('专职养护员2人 工资每人每月2400元', ctx(open(wage))).values)).toEqual([]);
  });
  it('the month\'s amount alone is read', () => {
    expect(summary(parseReply('护路员工资每月2400元', ctx(open(wage))).values)).toEqual(['wage=2400@2026-11']);
  });
});
