// A second 不是 after 哪个村的数？ (the question asked once 是白沙村的吗？ was denied) names no unit: the figures stay held
// until the question expires, and the clerk is told which are not recorded yet. Before, they were dropped with a line
// naming none of them.
import { describe, expect, it } from 'vitest';
import { withVillages } from '../support/villages.js';
import { useConversation } from './conversation.js';

const { bot, AT, dmAs, pooled } = useConversation({ day: '2026-11-24' });

const SHIQIAO = ['shiqiao.dibao_households=12', 'shiqiao.dibao_persons=20'];

describe('不是 again after 哪个村的数？', () => {
  it('keeps the figures held, names them, and the unit named next takes them', () => {
    withVillages(bot());
    dmAs('sq_ww', '低保户数12户，低保人数20人', AT('09:30'));
    expect(dmAs('zt_jz', '15户、30人', AT('10:00'))).toContain('是白沙村的吗？');
    expect(dmAs('zt_jz', '不是', AT('10:05'))).toContain('哪个村的数？');
    const again = dmAs('zt_jz', '不是', AT('10:10'));
    expect(again).toContain('以下数还没有记录');
    expect(again).toContain('低保户数“15户”');
    expect(again).toContain('哪个村的数？');
    expect(bot().store.held.openOf('zt_jz')).toHaveLength(2);
    expect(pooled()).toEqual(SHIQIAO);
    expect(dmAs('zt_jz', '白沙村', AT('10:15'))).toContain('已记录（白沙村）');
    expect(pooled()).toEqual(['baisha.dibao_households=15', 'baisha.dibao_persons=30', ...SHIQIAO]);
  });
});
