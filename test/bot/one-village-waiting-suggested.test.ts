// ONE_VILLAGE_WAITING: a town clerk sends figures naming no unit and no item (15户、30人) when only one of its villages
// (白沙村) is still waiting for those items. The bot asks 是白沙村的吗？ with the figures held (never filed unasked):
// 是的 files them under 白沙村; 不是 keeps them held and asks 哪个村的数？; a name that is no unit of the clerk's keeps
// the question open. Before, it asked the bare 哪个村的数？ though one village alone could be meant.
import { describe, expect, it } from 'vitest';
import { withVillages } from '../support/villages.js';
import { useConversation } from './conversation.js';

const { bot, AT, dmAs, pooled } = useConversation({ day: '2026-11-24' });

const SHIQIAO = ['shiqiao.dibao_households=12', 'shiqiao.dibao_persons=20'];

function onlyBaishaWaiting(): void {
  withVillages(bot());
  dmAs('sq_ww', '低保户数12户，低保人数20人', AT('09:30'));
  expect(pooled()).toEqual(SHIQIAO);
}

describe('figures of no unit when one village alone still waits', () => {
  it('are asked 是白沙村的吗？ and a yes files them under 白沙村', () => {
    onlyBaishaWaiting();
    const asked = dmAs('zt_jz', '15户、30人', AT('10:00'));
    expect(asked).toContain('是白沙村的吗？');
    expect(asked).not.toContain('哪个村的数？');
    expect(asked).not.toContain('已全部报齐');
    expect(pooled()).toEqual(SHIQIAO);
    expect(bot().store.held.openOf('zt_jz')).toHaveLength(2);
    expect(dmAs('zt_jz', '是的', AT('10:05'))).toContain('已记录（白沙村）');
    expect(pooled()).toEqual(['baisha.dibao_households=15', 'baisha.dibao_persons=30', ...SHIQIAO]);
    expect(bot().store.held.openOf('zt_jz')).toHaveLength(0);
  });

  it('a no keeps them held and asks 哪个村的数？; the unit named next takes them', () => {
    onlyBaishaWaiting();
    dmAs('zt_jz', '15户、30人', AT('10:00'));
    const no = dmAs('zt_jz', '不是', AT('10:05'));
    expect(no).toContain('哪个村的数？');
    expect(no).not.toContain('已全部报齐');
    expect(pooled()).toEqual(SHIQIAO);
    expect(bot().store.held.openOf('zt_jz')).toHaveLength(2);
    // 是的 now settles nothing: only a unit's name does
    dmAs('zt_jz', '是的', AT('10:10'));
    expect(pooled()).toEqual(SHIQIAO);
    expect(dmAs('zt_jz', '白沙村', AT('10:15'))).toContain('已记录（白沙村）');
    expect(pooled()).toEqual(['baisha.dibao_households=15', 'baisha.dibao_persons=30', ...SHIQIAO]);
  });

  it('不是白沙村的 is a no too', () => {
    onlyBaishaWaiting();
    dmAs('zt_jz', '15户、30人', AT('10:00'));
    expect(dmAs('zt_jz', '不是白沙村的', AT('10:05'))).toContain('哪个村的数？');
    expect(pooled()).toEqual(SHIQIAO);
    expect(bot().store.held.openOf('zt_jz')).toHaveLength(2);
  });

  it('a name that is no unit of the clerk\'s stores nothing and keeps the question open', () => {
    onlyBaishaWaiting();
    dmAs('zt_jz', '15户、30人', AT('10:00'));
    const other = dmAs('zt_jz', '红星村', AT('10:05'));
    expect(other).toContain('是白沙村的吗？');
    expect(other).not.toContain('已全部报齐');
    expect(other).not.toContain('已记录');
    expect(pooled()).toEqual(SHIQIAO);
    expect(bot().store.held.openOf('zt_jz')).toHaveLength(2);
  });
});
