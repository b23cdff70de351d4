// A yes/no said right after its label in a voice run, ended by a typed pause (取暖隐患无 困难：暂无).
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctx, open, summary } from './fixtures.js';

const heating: FieldDef = { key: 'heating', label: '是否发现取暖安全隐患', aliases: ['取暖安全隐患', '取暖隐患'], type: 'boolean' };
const issue: FieldDef = { key: 'issue', label: '存在困难', aliases: ['困难'], type: 'text' };

describe('yes/no up to the next pause', () => {
  it('取暖隐患无 is no, and the words after the pause are another item', () => {
    const r = parseReply('取暖隐患无 困难：暂无', ctx(open(heating), open(issue)));
    expect(summary(r.values)).toEqual(['heating=false@2026-11', 'issue="暂无"@2026-11']);
  });

  it('an answer that runs on without a pause is not cut to its first word', () => {
    const r = parseReply('取暖隐患无法确定', ctx(open(heating)));
    expect(r.values).toEqual([]);
  });
});
