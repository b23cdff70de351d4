// An option said in short in a voice run, right before the next item's label: 风险等级中转移了十二个人 → 中风险.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctx, open, summary } from './fixtures.js';

const level: FieldDef = { key: 'level', label: '隐患点风险等级', aliases: ['风险等级'], type: 'enum', options: ['高风险', '中风险', '低风险'] };
const relocated: FieldDef = { key: 'relocated', label: '转移群众人数', aliases: ['转移人数'], type: 'integer', unit: '人', min: 0 };

describe('an option before the next item', () => {
  it('中 then 转移…: 中风险, and the figure after is the next item\'s', () => {
    const r = parseReply('风险等级中转移了十二个人', ctx(open(level), open(relocated)));
    expect(summary(r.values)).toEqual(['level="中风险"@2026-11', 'relocated=12@2026-11']);
  });

  it('words that start no item after it leave the answer unread', () => {
    const r = parseReply('风险等级中午再报', ctx(open(level), open(relocated)));
    expect(r.values.map((v) => v.field)).not.toContain('level');
  });
});
