// 九小场所共86家，已检查86家，检查率百分之百: a share is never a count of people or things (PERCENT_IS_NO_COUNT, bind.ts);
// 检查率 bound to 已检查场所数 and its 100 replaced the 86 checked.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

const read = (text: string, ...fields: Array<typeof F.tekun>) => parseReply(text, ctx(...fields.map((f) => open(f))));

describe('a percentage is no count', () => {
  it('检查率百分之百 after 已检查86家', () => {
    expect(summary(read('九小场所共86家，已检查86家，检查率百分之百', F.jiuxiao, F.inspected).values))
      .toEqual(['inspected_venues=86@2026-11', 'jiuxiao_venues=86@2026-11']);
  });
  it('检查率100% alone gives the count nothing', () => {
    expect(read('检查率100%', F.inspected).values).toEqual([]);
  });
  it('a rate item still takes its percentage', () => {
    expect(summary(read('覆盖率95%', F.ratio).values)).toEqual(['coverage_ratio=95@2026-11']);
  });
});
