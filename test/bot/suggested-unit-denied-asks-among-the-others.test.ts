// 不是 after 是白沙村的吗？: the figures are kept, never filed under 白沙村, and the clerk is asked which village in one line
// that says so, naming the other villages the clerk reports for that were asked those items (石桥村还是红岩村？), never the
// one denied. Before, the bot said only 先不记录。哪个村的数？, as if the figures were gone, and named none.
import { describe, expect, it } from 'vitest';
import { withOnlyBaishaWaiting } from '../support/villages.js';
import { useConversation } from './conversation.js';

const { bot, AT, dmAs, pooled } = useConversation({ day: '2026-11-24' });

const REPORTED = ['hongyan.dibao_households=8', 'shiqiao.dibao_households=12'];

/** 石桥村 and 红岩村 have reported this month's 低保户数, 白沙村 alone waits (test/support/villages.ts). */
function onlyBaishaWaiting(): void {
  withOnlyBaishaWaiting(bot(), '2026-11-24');
  expect(pooled()).toEqual(REPORTED);
}

describe('不是 after 是白沙村的吗？', () => {
  it('says the figure is kept and asks among the other villages, never 白沙村', () => {
    onlyBaishaWaiting();
    expect(dmAs('zt_jz', '低保户数15户', AT('10:00'))).toContain('是白沙村的吗？');
    const no = dmAs('zt_jz', '不是', AT('10:05'));
    expect(no).toContain('先留着，不入库');
    expect(no).toContain('哪个村的数？石桥村还是红岩村？');
    expect(no).not.toMatch(/哪个村的数？[^。\n]*白沙村/);
    expect(no).not.toContain('已记录');
    expect(pooled()).toEqual(REPORTED);
    expect(bot().store.held.openOf('zt_jz')).toHaveLength(1);
    expect(bot().store.held.openOf('zt_jz')[0]!.unit).toBe('zhutuo');
  });
});
