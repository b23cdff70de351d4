// ONE_VILLAGE_WAITING: 是白沙村的吗？ is asked only about the figures that could be 白沙村's. A figure for an item 白沙村 was
// never asked (百岁老人人数, asked only of 石桥村) is left out of the question from the start, and the clerk is told it is
// not recorded. Before, it was held with the others and only dropped at the yes.
import { describe, expect, it } from 'vitest';
import { withVillages } from '../support/villages.js';
import { useConversation } from './conversation.js';

const { bot, AT, dmAs } = useConversation({ day: '2026-11-24' });

describe('是白沙村的吗？ with a figure 白沙村 was never asked', () => {
  it('asks about the others only and says that one is not recorded', () => {
    withVillages(bot());
    bot().send('lead_mz', 'channel', '【区民政局】请石桥村于11月26日前报送本月百岁老人人数、孤儿人数。', { at: AT('09:10') });
    dmAs('sq_ww', '低保户数12户，低保人数20人，百岁老人人数2人', AT('09:30'));
    const asked = dmAs('zt_jz', '低保户数15户，百岁老人人数3人', AT('10:00'));
    expect(asked).toContain('是白沙村的吗？');
    expect(asked).toMatch(/白沙村没有要报这些项目，以下数没有记录：\n· 百岁老人人数“3人”/);
    expect(asked.split('没有记录')[0]).not.toContain('百岁老人');
    const held = bot().store.held.openOf('zt_jz');
    expect(held.map((h) => h.field)).toEqual(['dibao_households']);
  });
});
