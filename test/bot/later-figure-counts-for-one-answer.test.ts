// LATER_FIGURE_COUNTS: 15户 then 16户 for 白沙村's 低保户数, each asked 是白沙村的吗？: one answer (是的 / 白沙村) settles
// both questions; the later figure is filed and the bot says the earlier one was not recorded and how to restore it.
// Before, 16户 was filed, 15户 was listed as still waiting for an answer, but the stored 16户 had already settled it
// unseen: the bot said a figure waited that no longer did.
import { describe, expect, it } from 'vitest';
import { withOnlyBaishaWaiting } from '../support/villages.js';
import { useConversation } from './conversation.js';

const { bot, AT, dmAs, pooled } = useConversation({ day: '2026-11-24' });

/** 石桥村 and 红岩村 have reported this month's 低保户数, 白沙村 alone waits (test/support/villages.ts). */
function onlyBaishaWaiting(): void {
  withOnlyBaishaWaiting(bot(), '2026-11-24');
}

describe('two figures of one item, each asked 是白沙村的吗？', () => {
  for (const answer of ['是的', '白沙村']) {
    it(`${answer} files the later figure and says the earlier one was not recorded`, () => {
      onlyBaishaWaiting();
      expect(dmAs('zt_jz', '低保户数15户', AT('10:00'))).toContain('是白沙村的吗？');
      expect(dmAs('zt_jz', '低保户数16户', AT('10:02'))).toContain('是白沙村的吗？');
      const reply = dmAs('zt_jz', answer, AT('10:05'));
      expect(reply).toContain('已记录（白沙村）');
      expect(reply).toContain('按后报的“16户”记，“15户”没有记录');
      expect(reply).not.toContain('仍等你回答');
      expect(pooled()).toContain('baisha.dibao_households=16');
      expect(bot().store.held.openOf('zt_jz')).toEqual([]);
    });
  }

  it('不是 keeps both figures held and files neither', () => {
    onlyBaishaWaiting();
    dmAs('zt_jz', '低保户数15户', AT('10:00'));
    dmAs('zt_jz', '低保户数16户', AT('10:02'));
    expect(dmAs('zt_jz', '不是', AT('10:05'))).not.toContain('已记录');
    expect(pooled()).not.toContain('baisha.dibao_households=16');
    expect(bot().store.held.openOf('zt_jz')).toHaveLength(2);
  });
});
