// 问了街道，算的，按6场报: words ending on a place word with an aspect particle (问了街道, 找过社区) are speech about a
// place, not a unit's name, so the figures after them stay the reporter's own; 按…报 carries no label.
import { describe, expect, it } from 'vitest';
import type { ReplyContext } from '../../../src/domain/reply/parse.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { AT, open, summary } from './fixtures.js';
import { H } from './fields-fresh10.js';

function community(): ReplyContext {
  return { at: AT, timezone: 'Asia/Shanghai', candidates: [open(H.visited), open(H.events, '2026-11', true)], unitName: '文昌社区', others: [] };
}

describe('speech about a place', () => {
  it('is no unit name', () => {
    const r = parseReply('问了街道，算的，按6场报', community());
    expect(summary(r.values)).toEqual(['fz_events=6@2026-11']);
    expect(r.otherUnits).toEqual([]);
  });

  it('a place named without a particle is still another unit', () => {
    const r = parseReply('桥河社区：宣传活动6场', community());
    expect(summary(r.values)).toEqual([]);
    expect(r.otherUnits).toEqual(['桥河社区']);
  });
});
