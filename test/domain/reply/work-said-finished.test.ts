// 九小场所56家，检查完毕 — the work said finished, with nothing left, is all of it done: the count checked is the 56 (it
// was left open). 检查基本完成 / 还没完成 / 大部分检查完成 say some is left, and give no count.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, F, open, summary } from './fixtures.js';

const read = (text: string) => summary(parseReply(text, ctx(open(F.jiuxiao), open(F.inspected))).values);

describe('work said finished', () => {
  it('检查完毕 / 已检查完成: all checked', () => {
    expect(read('九小场所56家，检查完毕')).toEqual(['inspected_venues=56@2026-11', 'jiuxiao_venues=56@2026-11']);
    expect(read('九小场所56家，已检查完成')).toEqual(['inspected_venues=56@2026-11', 'jiuxiao_venues=56@2026-11']);
  });

  it('mostly or not yet finished: no count checked', () => {
    for (const text of ['九小场所56家，检查基本完成', '九小场所56家，检查还没完成', '九小场所56家，大部分检查完成']) {
      expect(read(text)).toEqual(['jiuxiao_venues=56@2026-11']);
    }
  });

  it('a figure of its own stays', () => {
    expect(read('九小场所56家，检查完成40家')).toEqual(['inspected_venues=40@2026-11', 'jiuxiao_venues=56@2026-11']);
  });
});
