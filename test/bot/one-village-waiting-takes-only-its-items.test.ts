// ONE_VILLAGE_WAITING, the yes: 是的 after 是白沙村的吗？ files under 白沙村 only the figures of items 白沙村 was asked. The
// figures were read against another village's asks (石桥村 still owes 孤儿人数 and was asked 百岁老人人数 too); a figure for
// an item 白沙村 was never asked (百岁老人人数) is not filed under it. Before, the yes filed every held figure there.
import { describe, expect, it } from 'vitest';
import { withVillages } from '../support/villages.js';
import { useConversation } from './conversation.js';

const { bot, AT, dmAs, pooled } = useConversation({ day: '2026-11-24' });

describe('a yes to the one village still waiting', () => {
  it('files only the figures of items that village was asked', () => {
    withVillages(bot());
    bot().send('lead_mz', 'channel', '【区民政局】请石桥村于11月26日前报送本月百岁老人人数、孤儿人数。', { at: AT('09:10') });
    dmAs('sq_ww', '低保户数12户，低保人数20人，百岁老人人数2人', AT('09:30'));
    // the figure of an item 白沙村 was never asked is left out of the question and said not recorded there
    expect(dmAs('zt_jz', '低保户数15户，百岁老人人数3人', AT('10:00'))).toMatch(/是白沙村的吗？[^]*白沙村没有要报这些项目，以下数没有记录：\n· 百岁老人人数“3人”/);
    expect(dmAs('zt_jz', '是的', AT('10:05'))).toContain('已记录（白沙村）');
    const filed = pooled();
    expect(filed).toContain('baisha.dibao_households=15');
    expect(filed.filter((v) => v.startsWith('baisha.'))).toEqual(['baisha.dibao_households=15']);
  });
});
