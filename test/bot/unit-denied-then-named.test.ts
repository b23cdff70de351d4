// DENIED_THEN_NAMED: a denial followed by the right name (不是石桥村，是白沙村 / 不是石桥村的，白沙村的) answers with that
// name: the held figures go to it for the items it was asked, and the bot says where they went. 不是石乔村，是石桥村 denies
// the name as written and names the one asked about: a yes. Before, the answer named no unit as a whole (石桥村，是白沙村)
// and the question was only asked again; after 是白沙村的吗？, 不是石桥村，是白沙村 was read as a no to 白沙村.
import { describe, expect, it } from 'vitest';
import { withVillages, withOnlyBaishaWaiting } from '../support/villages.js';
import { useConversation } from './conversation.js';

const { bot, AT, dmAs, pooled } = useConversation({ day: '2026-11-24' });

/** 石桥村 and 红岩村 have reported this month's 低保户数, 白沙村 alone waits (test/support/villages.ts). */
function onlyBaishaWaiting(): void {
  withOnlyBaishaWaiting(bot(), '2026-11-24');
}

describe('a denial followed by the right name after 「石乔村」是不是石桥村？', () => {
  for (const answer of ['不是石桥村，是白沙村', '不是石桥村的，白沙村的', '不是石桥村而是白沙村']) {
    it(`${answer} files the figures under 白沙村 and says so`, () => {
      withVillages(bot());
      expect(dmAs('zt_jz', '石乔村：低保户数12户，低保人数20人', AT('10:00'))).toContain('「石乔村」是不是石桥村？');
      const reply = dmAs('zt_jz', answer, AT('10:05'));
      expect(reply).toContain('已记录（白沙村）');
      expect(pooled()).toEqual(['baisha.dibao_households=12', 'baisha.dibao_persons=20']);
      expect(bot().store.held.openOf('zt_jz')).toEqual([]);
    });
  }

  it('不是石乔村，是石桥村 denies the name as written: a yes to 石桥村', () => {
    withVillages(bot());
    dmAs('zt_jz', '石乔村：低保户数12户', AT('10:00'));
    expect(dmAs('zt_jz', '不是石乔村，是石桥村', AT('10:05'))).toContain('已记录（石桥村）');
    expect(pooled()).toEqual(['shiqiao.dibao_households=12']);
  });
});

describe('a denial followed by the right name after 是白沙村的吗？', () => {
  it('不是石桥村，是白沙村 names 白沙村: filed there, never read as a no', () => {
    onlyBaishaWaiting();
    expect(dmAs('zt_jz', '低保户数15户', AT('10:00'))).toContain('是白沙村的吗？');
    const reply = dmAs('zt_jz', '不是石桥村，是白沙村', AT('10:05'));
    expect(reply).toContain('已记录（白沙村）');
    expect(reply).not.toContain('不是白沙村的');
    expect(pooled()).toContain('baisha.dibao_households=15');
    expect(bot().store.held.openOf('zt_jz')).toEqual([]);
  });

  it('不是白沙村，是红星村 names no unit the clerk reports for: nothing filed, asked again', () => {
    onlyBaishaWaiting();
    dmAs('zt_jz', '低保户数15户', AT('10:00'));
    const reply = dmAs('zt_jz', '不是白沙村，是红星村', AT('10:05'));
    expect(reply).toContain('「红星村」不是你代报的村或社区');
    expect(reply).not.toContain('已记录');
    expect(bot().store.held.openOf('zt_jz')).toHaveLength(1);
  });
});
