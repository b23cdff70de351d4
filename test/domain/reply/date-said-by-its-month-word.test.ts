// A date field answered with a day of the last month or this one said by its month's word (上个月25号搞的检查, 检查是上个月
// 25号) is that day; before, 上个月 was read as the reply's period and the answer refused for it, or nothing was read.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, F, open, summary } from './fixtures.js';

describe('a date said by its month word', () => {
  it('上个月25号搞的 is the 25th of last month', () => {
    const r = parseReply('上个月25号搞的', ctx(open(F.inspectedOn)));
    expect(summary(r.values)).toEqual(['inspection_date="2026-10-25"@2026-11']);
    expect(r.invalid).toEqual([]);
  });

  it('检查是上个月25号 is the 25th of last month', () => {
    const r = parseReply('检查是上个月25号', ctx(open(F.inspectedOn)));
    expect(summary(r.values)).toEqual(['inspection_date="2026-10-25"@2026-11']);
  });
});
