// 人数呢要等村里报上来: the clerk is waiting on the villages — a promise to send later, not a figure of a unit named 人数呢要等村.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open } from './fixtures.js';

const town = { ...ctx(open(F.dibaoHouseholds, '2026-11', true), open(F.dibaoPersons)), unitName: '朱沱镇', others: [] };

describe('waiting on others before the figure can be sent', () => {
  it('is pending, and names no unit', () => {
    for (const text of ['人数呢要等村里报上来', '人数还要等各村报上来再汇总']) {
      const reply = parseReply(text, town);
      expect(reply.pending, text).toBe(true);
      expect(reply.otherUnits, text).toEqual([]);
    }
  });

  it('a village named with its figure is still a unit', () => {
    expect(parseReply('大河村12户', town).otherUnits).toEqual(['大河村']);
  });
});
