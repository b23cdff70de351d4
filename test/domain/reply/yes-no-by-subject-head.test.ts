// A yes/no said with the subject's first word and 也 before the predicate: 水质也达标 for 水质检测是否达标.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctx, open, summary } from './fixtures.js';

const quality: FieldDef = { key: 'quality', label: '水质检测是否达标', aliases: ['水质达标'], type: 'boolean' };

describe('the subject said short', () => {
  it('水质也达标 is yes', () => {
    expect(summary(parseReply('问题都整改完了，水质也达标', ctx(open(quality))).values)).toEqual(['quality=true@2026-11']);
  });

  it('水质也不达标 is no', () => {
    expect(summary(parseReply('水质也不达标', ctx(open(quality))).values)).toEqual(['quality=false@2026-11']);
  });
});
