// MISNAMED_UNIT denied by name: 不是石桥村 after 「石乔村」是不是石桥村？ is a no to that suggestion, as 不是 is: the held
// figures are dropped and the clerk told so, nothing is filed under 石桥村. Before, the reply fell through every path
// (the unit named was the one asked about, but the answer opened on 不是) and the question was only asked again.
import { describe, expect, it } from 'vitest';
import { withVillages } from '../support/villages.js';
import { useConversation } from './conversation.js';

const { bot, AT, dmAs, pooled } = useConversation({ day: '2026-11-24' });

describe('不是石桥村 after 「石乔村」是不是石桥村？', () => {
  it('drops the figures held for 石乔村 and says so', () => {
    withVillages(bot());
    expect(dmAs('zt_jz', '石乔村：低保户数12户，低保人数20人', AT('10:00'))).toContain('「石乔村」是不是石桥村？');
    const no = dmAs('zt_jz', '不是石桥村', AT('10:05'));
    expect(no).toContain('「石乔村」的数没有记录');
    expect(no).not.toContain('已记录');
    expect(pooled()).toEqual([]);
    expect(bot().store.held.openOf('zt_jz')).toEqual([]);
  });

  it('不是石桥的 is the same no', () => {
    withVillages(bot());
    dmAs('zt_jz', '石乔村：低保户数12户', AT('10:00'));
    expect(dmAs('zt_jz', '不是石桥的', AT('10:05'))).toContain('「石乔村」的数没有记录');
    expect(pooled()).toEqual([]);
    expect(bot().store.held.openOf('zt_jz')).toEqual([]);
  });
});
