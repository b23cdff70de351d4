// 已安装8个，比规划少3个: a gap measured against another item (the item named after 比) is said of the subject, no change of
// the item after 比 (fresh16 枫树村: 规划 was stored as 11 - 3 = 8). 比上月少 / 比之前报的多 still change the item named.
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';

const plan: FieldDef = { key: 'planned', label: '规划喇叭点位', aliases: ['规划点位', '喇叭点位', '点位'], type: 'integer', unit: '个', min: 0 };
const done: FieldDef = { key: 'installed', label: '已安装喇叭', aliases: ['已安装', '已装喇叭', '安装喇叭'], type: 'integer', unit: '个', min: 0 };

describe('a gap between two items', () => {
  it('is no change of the item it is measured against', () => {
    const r = parseReply('已安装8个，比规划少3个', ctx(open(plan, '2026-11', true), open(done, '2026-11', true)));
    expect(summary(r.values)).toEqual(['installed=8@2026-11']);
    expect(r.changes).toEqual([]);
  });

  it('but 比上月少 is still a change of the item named', () => {
    const r = parseReply('规划点位比上月少3个', ctx(open(plan, '2026-11', true), open(done, '2026-11', true)));
    expect(r.changes.map((c) => [c.field, c.delta])).toEqual([['planned', -3]]);
  });
});
