// NAMED_NONE_OF_THEIRS after 哪个村的数？: 不是石桥村，是红星村 denies a village offered and names the place the figures are
// for, one the clerk does not report for (no roster unit, or another town's village): the answer is taken, as after
// 「石乔村」是不是石桥村？ — the figures held are dropped, never filed under a village of the clerk's, and the clerk is told
// why and how to report them again. Before, the answer named no unit the clerk reports for and 哪个村的数？ was only asked
// again. A name one character from one of the clerk's own (白纱村 for 白沙村) is a slip: the question stays open.
import { describe, expect, it } from 'vitest';
import { withVillages } from '../support/villages.js';
import { useConversation } from './conversation.js';

const { bot, AT, dmAs, pooled } = useConversation({ day: '2026-11-24' });

describe('a denial naming a place the clerk does not report for, after 哪个村的数？', () => {
  for (const [given, answer, place] of [
    ['低保户数12户，低保人数20人', '不是石桥村，是红星村', '红星村'],
    ['低保户数12户，低保人数20人', '不是白沙村，是黄河村的', '黄河村'],
    ['红星村：低保户数12户，低保人数20人', '不是石桥村也不是白沙村，是红星村', '红星村'],
    ['红星村：低保户数12户，低保人数20人', '不是石桥村而是红星村', '红星村'],
  ] as const) {
    it(`${given} then ${answer}: taken, the figures dropped and said so`, () => {
      withVillages(bot());
      expect(dmAs('zt_jz', given, AT('10:00'))).toContain('哪个村的数？');
      const reply = dmAs('zt_jz', answer, AT('10:05'));
      expect(reply).toContain(`「${place}」不是你代报的村或社区`);
      expect(reply).toContain('低保户数“12户”');
      expect(reply).not.toContain('哪个村的数？');
      expect(pooled()).toEqual([]);
      expect(bot().store.held.openOf('zt_jz')).toEqual([]);
    });
  }

  it('不是石桥村，是白纱村 (one character from 白沙村) leaves the question open', () => {
    withVillages(bot());
    dmAs('zt_jz', '低保户数12户，低保人数20人', AT('10:00'));
    const reply = dmAs('zt_jz', '不是石桥村，是白纱村', AT('10:05'));
    expect(reply).not.toContain('不是你代报的');
    expect(pooled()).toEqual([]);
    expect(bot().store.held.openOf('zt_jz')).toHaveLength(2);
  });
});
