// An option said in words after the figures: 已经整治完1处 其他还在整治 → 整治中.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctx, open, summary } from './fixtures.js';

const stage: FieldDef = { key: 'stage', label: '群租房整治进度', aliases: ['整治进度'], type: 'enum', options: ['未启动', '整治中', '已完成'] };
const groups: FieldDef = { key: 'groups', label: '群租房数', aliases: ['群租房'], type: 'integer', unit: '处', min: 0 };

describe('a state said after the last figure', () => {
  it('其他还在整治 is 整治中: the rest is still being dealt with', () => {
    const r = parseReply('群租房5处 已经整治完1处 其他还在整治', ctx(open(groups), open(stage)));
    expect(summary(r.values)).toContain('stage="整治中"@2026-11');
  });

  it('a state word before the last figure is not read as the progress', () => {
    const r = parseReply('还在整治的群租房5处', ctx(open(groups), open(stage)));
    expect(r.values.map((v) => v.field)).not.toContain('stage');
  });
});
