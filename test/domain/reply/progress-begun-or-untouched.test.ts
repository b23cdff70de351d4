import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctx, open, summary } from './fixtures.js';

const found: FieldDef = { key: 'found', label: '发现隐患数', aliases: ['发现隐患'], type: 'integer', unit: '处', min: 0 };
const fixed: FieldDef = { key: 'fixed', label: '已整改隐患数', aliases: ['已整改'], type: 'integer', unit: '处', min: 0 };
const progress: FieldDef = { key: 'progress', label: '整改进度', aliases: [], type: 'enum', options: ['未开始', '整改中', '已完成'] };
const suspended: FieldDef = { key: 'suspended', label: '是否有停产整顿企业', aliases: ['停产整顿'], type: 'boolean' };
const values = (text: string): string[] => summary(parseReply(text, ctx(open(found), open(fixed), open(progress), open(suspended))).values);

describe('progress said by a state word in a voice run', () => {
  it('reads begun as under way', () => {
    expect(values('整改已经开始了 现在整改了9处')).toEqual(['fixed=9@2026-11', 'progress="整改中"@2026-11']);
  });

  it('stops the state at the next item (…在整改没有停产的)', () => {
    expect(values('发现五十七处整改了五十二处还有五处在整改没有停产的')).toContain('progress="整改中"@2026-11');
  });

  it('stops the state at a pause, and nothing begun means nothing done', () => {
    expect(values('发现隐患26处 整改这块都还没动 等下周统一整改')).toEqual(['fixed=0@2026-11', 'found=26@2026-11', 'progress="未开始"@2026-11']);
  });

  it('leaves the state in a bracket after a figure to what the figure counts', () => {
    expect(values('停产整顿：有1家（粉尘涉爆未整改）')).not.toContain('progress="未开始"@2026-11');
  });
});
