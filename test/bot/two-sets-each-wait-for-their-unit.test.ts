// ONE_SET_AT_A_TIME: a town clerk sends two sets of figures naming no unit (12户、20人, then 15户), each asked 哪个村的数？.
// The next village named takes one set, the one asked about last; the other stays held, is listed as still waiting, and
// goes to the village named for it next. Before, the second set's 15户 replaced the first's 12户 unseen and 石桥村 took
// 15户 with the first set's 20人: one figure lost, one filed under a village never named for it.
import { describe, expect, it } from 'vitest';
import { withVillages } from '../support/villages.js';
import { useConversation } from './conversation.js';

const { bot, AT, dmAs, pooled } = useConversation({ day: '2026-11-24' });

describe('two sets of figures waiting for their village', () => {
  it('each goes to the village named for it', () => {
    withVillages(bot());
    expect(dmAs('zt_jz', '低保户数12户，低保人数20人', AT('10:00'))).toContain('哪个村的数？');
    expect(dmAs('zt_jz', '低保户数15户', AT('10:02'))).toContain('哪个村的数？');
    expect(bot().store.held.openOf('zt_jz')).toHaveLength(3);
    const first = dmAs('zt_jz', '石桥村', AT('10:05'));
    expect(first).toContain('已记录（石桥村）');
    expect(first).toContain('以下数还没有记录，仍等你回答');
    expect(first).toContain('低保户数“12户”');
    expect(pooled()).toEqual(['shiqiao.dibao_households=15']);
    expect(bot().store.held.openOf('zt_jz')).toHaveLength(2);
    expect(dmAs('zt_jz', '白沙村', AT('10:07'))).toContain('已记录（白沙村）');
    expect(pooled()).toEqual(['baisha.dibao_households=12', 'baisha.dibao_persons=20', 'shiqiao.dibao_households=15']);
    expect(bot().store.held.openOf('zt_jz')).toHaveLength(0);
  });
});
