// A check's result said with the other word for passing: 水质检测是合格的 answers 水质检测是否达标.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctx, open, summary } from './fixtures.js';

const quality: FieldDef = { key: 'quality', label: '水质检测是否达标', aliases: ['水质达标'], type: 'boolean' };
const fixed: FieldDef = { key: 'fixed', label: '已整改问题处数', aliases: ['已整改'], type: 'integer', unit: '处', min: 0 };

describe('合格 for 达标', () => {
  it('水质检测是合格的 after a figure is yes', () => {
    expect(summary(parseReply('整改了三处水质检测是合格的', ctx(open(fixed), open(quality))).values)).toEqual(['fixed=3@2026-11', 'quality=true@2026-11']);
  });

  it('水质检测不合格 is no', () => {
    expect(summary(parseReply('水质检测不合格', ctx(open(quality))).values)).toEqual(['quality=false@2026-11']);
  });
});
