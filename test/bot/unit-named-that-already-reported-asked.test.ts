// CHANGE_OF_A_REPORTED_UNIT: 不是，石桥村 after 是白沙村的吗？ names 石桥村, which has already reported 12户 of the item: the
// answer may be a slip, and 15户 filed over 石桥村's own would be a wrong value. Nothing is stored: the bot asks one short
// question (石桥村已报低保户数12户，改为15户吗？); 是的 files it as a change, 不是 keeps 12户. Before, 15户 was filed over
// 12户 as a correction at once.
import { describe, expect, it } from 'vitest';
import { withOnlyBaishaWaiting } from '../support/villages.js';
import { useConversation } from './conversation.js';

const { bot, AT, dmAs, pooled } = useConversation({ day: '2026-11-24' });

const REPORTED = ['hongyan.dibao_households=8', 'shiqiao.dibao_households=12'];

function askedForBaisha(): void {
  withOnlyBaishaWaiting(bot(), '2026-11-24');
  expect(dmAs('zt_jz', '低保户数15户', AT('10:00'))).toContain('是白沙村的吗？');
}

describe('a unit named for figures after 是白沙村的吗？ that has already reported that item', () => {
  for (const answer of ['不是，石桥村', '石桥村的']) {
    it(`${answer}: asked 石桥村已报低保户数12户，改为15户吗？ and nothing stored`, () => {
      askedForBaisha();
      const asked = dmAs('zt_jz', answer, AT('10:05'));
      expect(asked).toContain('石桥村已报低保户数12户，改为15户吗？');
      expect(asked).not.toContain('已记录');
      expect(pooled()).toEqual(REPORTED);
      expect(bot().store.held.openOf('zt_jz')).toHaveLength(1);
    });
  }

  it('是的 then files 15户 under 石桥村', () => {
    askedForBaisha();
    dmAs('zt_jz', '不是，石桥村', AT('10:05'));
    expect(dmAs('zt_jz', '是的', AT('10:10'))).toContain('已记录（石桥村）');
    expect(pooled()).toEqual(['hongyan.dibao_households=8', 'shiqiao.dibao_households=15']);
    expect(bot().store.held.openOf('zt_jz')).toEqual([]);
  });

  it('不是 keeps 石桥村\'s 12户 and says so, asking for nothing', () => {
    askedForBaisha();
    dmAs('zt_jz', '不是，石桥村', AT('10:05'));
    const no = dmAs('zt_jz', '不是', AT('10:10'));
    expect(no).toContain('石桥村仍按已报的数记');
    expect(no).not.toContain('请直接回复正确的数');
    expect(pooled()).toEqual(REPORTED);
    expect(bot().store.held.openOf('zt_jz')).toEqual([]);
  });

  it('the same figure as 石桥村 reported is no change: filed as before', () => {
    askedForBaisha();
    bot().send('sq_ww', 'dm', '更正：低保户数15户', { at: AT('10:02') });
    const reply = dmAs('zt_jz', '不是，石桥村', AT('10:05'));
    expect(reply).not.toContain('改为');
    expect(pooled()).toEqual(['hongyan.dibao_households=8', 'shiqiao.dibao_households=15']);
  });
});
