// WHICH_UNIT with no item named: a town clerk whose villages were asked 低保户数、低保人数 sends 12户、20人 — figures
// naming neither a unit nor an item. They are read as a village's would be, held, and the clerk is asked 哪个村的数？;
// before, the reader found nothing for the town itself, the bot answered 这条消息里没有找到 and 你负责的数据已全部报齐,
// and the figures were lost. The answer naming the village files them there.
import { describe, expect, it } from 'vitest';
import { withVillages } from '../support/villages.js';
import { useConversation } from './conversation.js';

const { bot, AT, dm, pooled } = useConversation({ day: '2026-11-24', member: 'zt_jz' });

describe('figures naming no unit and no item from a town clerk', () => {
  it('are held and asked 哪个村的数？, never called all reported, and filed under the village named next', () => {
    withVillages(bot());
    const asked = dm('12户、20人', AT('10:00'));
    expect(asked).toContain('哪个村的数？石桥村还是白沙村？');
    expect(asked).not.toContain('没有找到');
    expect(asked).not.toContain('已全部报齐');
    expect(pooled()).toEqual([]);
    expect(bot().store.held.openOf('zt_jz')).toHaveLength(2);
    expect(dm('白沙村', AT('10:05'))).toContain('已记录（白沙村）');
    expect(pooled()).toEqual(['baisha.dibao_households=12', 'baisha.dibao_persons=20']);
  });
});
