// NEGATED_NAME for units: 不是白沙村 / 不是白沙村的 after 哪个村的数？石桥村还是白沙村？ names 白沙村 only to deny it. The unit is
// excluded, never chosen: the figures stay held and the clerk is asked again (是石桥村的吗？ when one other alone is left).
// 不是石桥村 after 是白沙村的吗？ files nothing under 石桥村 either. Before, the name was read as the answer and the held
// figures were filed under the unit denied (a wrong figure).
import { describe, expect, it } from 'vitest';
import { withVillages } from '../support/villages.js';
import { useConversation } from './conversation.js';

const { bot, AT, dmAs, pooled } = useConversation({ day: '2026-11-24' });

describe('a unit named after a negation', () => {
  it('不是白沙村 after 哪个村的数？ files nothing there and asks 是石桥村的吗？', () => {
    withVillages(bot());
    expect(dmAs('zt_jz', '低保户数12户，低保人数20人', AT('10:00'))).toContain('哪个村的数？石桥村还是白沙村？');
    const no = dmAs('zt_jz', '不是白沙村', AT('10:05'));
    expect(no).toContain('不是白沙村的');
    expect(no).toContain('是石桥村的吗？');
    expect(no).not.toContain('已记录');
    expect(pooled()).toEqual([]);
    expect(bot().store.held.openOf('zt_jz')).toHaveLength(2);
    expect(dmAs('zt_jz', '是的', AT('10:10'))).toContain('已记录（石桥村）');
    expect(pooled()).toEqual(['shiqiao.dibao_households=12', 'shiqiao.dibao_persons=20']);
  });

  it('不是白沙村的 is excluded the same way; 不是，是白沙村 still names it', () => {
    withVillages(bot());
    dmAs('zt_jz', '低保户数12户', AT('10:00'));
    dmAs('zt_jz', '不是白沙村的', AT('10:05'));
    expect(pooled()).toEqual([]);
    expect(bot().store.held.openOf('zt_jz')).toHaveLength(1);
    dmAs('zt_jz', '不是，是白沙村', AT('10:10'));
    expect(pooled()).toEqual(['baisha.dibao_households=12']);
  });

  it('不是石桥村 after 是白沙村的吗？ files nothing under 石桥村', () => {
    withVillages(bot());
    bot().send('lead_mz', 'channel', '【区民政局】请石桥村于11月26日前报送本月孤儿人数。', { at: AT('09:10') });
    dmAs('sq_ww', '低保户数12户，低保人数20人', AT('09:30'));
    expect(dmAs('zt_jz', '低保户数15户', AT('10:00'))).toContain('是白沙村的吗？');
    expect(dmAs('zt_jz', '不是石桥村', AT('10:05'))).not.toContain('已记录');
    expect(pooled()).toEqual(['shiqiao.dibao_households=12', 'shiqiao.dibao_persons=20']);
    expect(bot().store.held.openOf('zt_jz')).toHaveLength(1);
  });

  it('不是白沙村 after 「石乔村」是不是石桥村？ files nothing under 白沙村', () => {
    withVillages(bot());
    expect(dmAs('zt_jz', '石乔村：低保户数12户', AT('10:00'))).toContain('「石乔村」是不是石桥村？');
    expect(dmAs('zt_jz', '不是白沙村', AT('10:05'))).toContain('「石乔村」是不是石桥村？');
    expect(pooled()).toEqual([]);
    expect(bot().store.held.openOf('zt_jz')).toHaveLength(1);
  });
});
