// SHORT_OR_OVER_BY (intents.ts): 宫坪明白卡少发3张是因为3户常年在外 — 少 / 多 right before a verb of handing out says by how much
// the figure falls short; it was stored as the item's level (明白卡 140 → 3). 少报 was known; 少发 / 多领 were not.
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';

const cards: FieldDef = { key: 'cards', label: '发放明白卡', aliases: ['明白卡'], type: 'integer', unit: '张', min: 0 };
const c = ctx(open(cards, '2026-11', true));

describe('short or over by a figure', () => {
  it('is no level', () => {
    expect(summary(parseReply('明白卡少发3张是因为3户常年在外', c).values)).toEqual([]);
    expect(summary(parseReply('明白卡多领了2张', c).values)).toEqual([]);
  });
  it('至少 and 差不多 are no change', () => {
    expect(summary(parseReply('明白卡发了140张', c).values)).toEqual(['cards=140@2026-11']);
    expect(parseReply('明白卡差不多发了140张', c).values).toHaveLength(1);
  });
});
