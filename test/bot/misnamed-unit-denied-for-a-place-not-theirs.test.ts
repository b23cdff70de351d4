// NAMED_NONE_OF_THEIRS: 不是石桥村，是红星村 after 「石乔村」是不是石桥村？ denies the unit suggested and names the place the
// figures are for, one the clerk does not report for (no roster unit, or another town's village): the answer is taken —
// the figures held for 石乔村 are dropped, never filed under 石桥村, and the clerk is told why. Before, the answer named
// no unit the clerk reports for and the question was only asked again. A name one character from one of the clerk's own
// (白纱村 for 白沙村) is a slip, not another place: the question stays open.
import { describe, expect, it } from 'vitest';
import { withVillages } from '../support/villages.js';
import { useConversation } from './conversation.js';

const { bot, AT, dmAs, pooled } = useConversation({ day: '2026-11-24' });

function askedAboutShiqiao(): void {
  withVillages(bot());
  expect(dmAs('zt_jz', '石乔村：低保户数12户，低保人数20人', AT('10:00'))).toContain('「石乔村」是不是石桥村？');
}

describe('a denial naming a place the clerk does not report for, after 「石乔村」是不是石桥村？', () => {
  for (const [answer, place] of [['不是石桥村，是红星村', '红星村'], ['不是石桥村，是黄河村的', '黄河村'], ['不是石乔村而是红星村', '红星村']] as const) {
    it(`${answer}: taken, the figures dropped and said so`, () => {
      askedAboutShiqiao();
      const reply = dmAs('zt_jz', answer, AT('10:05'));
      expect(reply).toContain(`「${place}」不是你代报的村或社区`);
      expect(reply).toContain('「石乔村」的数没有记录');
      expect(reply).not.toContain('是不是石桥村');
      expect(pooled()).toEqual([]);
      expect(bot().store.held.openOf('zt_jz')).toEqual([]);
    });
  }

  it('不是石桥村，是白纱村 (one character from 白沙村) leaves the question open', () => {
    askedAboutShiqiao();
    const reply = dmAs('zt_jz', '不是石桥村，是白纱村', AT('10:05'));
    expect(reply).not.toContain('不是你代报的');
    expect(pooled()).toEqual([]);
    expect(bot().store.held.openOf('zt_jz')).toHaveLength(2);
  });
});
