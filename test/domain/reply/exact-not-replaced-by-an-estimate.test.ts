// EXACT_NOT_REPLACED_BY_AN_ESTIMATE: 后湾村 任务1200亩 种了大概900亩左右 — an estimate later in a reply never replaces the exact
// figure the same reply gave for the item (it corrects nothing; it speaks of something else, here what was planted). The task
// was stored as 约900, a wrong figure. An estimate said as a correction still corrects, and an exact figure after an estimate
// still replaces it.
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';

const area = (key: string, label: string, aliases: string[]): FieldDef => ({ key, label, aliases, type: 'number', unit: '亩', min: 0 });
const task = area('task', '任务面积', ['复合种植任务面积', '带状复合种植任务']);
const done = area('done', '已种植面积', ['已种面积', '复合种植面积']);
const read = (text: string) => summary(parseReply(text, ctx(open(task), open(done))).values);

describe('an estimate after an exact figure of the same item', () => {
  it('does not replace it', () => {
    expect(read('任务1200亩 种了大概900亩左右')).toEqual(['task=1200@2026-11']);
  });

  it('unless said as a correction', () => {
    expect(read('任务1200亩，更正一下，大概1180亩')).toEqual(['task=1180@2026-11']);
  });

  it('an exact figure after an estimate replaces it', () => {
    expect(read('任务大概1200亩 准确的是1180亩')).toEqual(['task=1180@2026-11']);
  });
});
