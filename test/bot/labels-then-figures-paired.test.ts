// LABELS_THEN_FIGURES: a clerk names the items in one message (朱沱镇报：低保户数 低保人数 / 更正：低保户数、低保人数) and
// sends their figures in the next, in the same order (126 208 / 120、200): the bot says it waits for the figures, then
// reads the two messages as one reply, instead of answering each 这条消息里没有找到需要你报送的数据.
import { describe, expect, it } from 'vitest';
import { DIBAO_REQUEST } from '../support/harness.js';
import { useConversation } from './conversation.js';

const { bot, AT, dm } = useConversation({ day: '2026-11-24', member: 'zt_jz' });

describe('names in one message, figures in the next', () => {
  it('are read as one reply, a correction too', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: '2026-11-23T09:00:00+08:00' });
    const named = dm('朱沱镇报：低保户数 低保人数', AT('10:00'));
    expect(named).toContain('请接着按顺序发低保户数、低保人数的数');
    expect(named).not.toContain('没有找到');
    const read = dm('126 208', AT('10:01'));
    expect(read).toContain('低保户数（2026年11月）：126户');
    expect(read).toContain('低保人数（2026年11月）：208人');
    dm('更正：低保户数、低保人数', AT('10:30'));
    const corrected = dm('120、200', AT('10:31'));
    expect(corrected).toContain('126户 → 120户（已更正，旧值留档）');
    expect(corrected).toContain('208人 → 200人（已更正，旧值留档）');
    expect(bot().store.pool.get('zhutuo', 'dibao_households', '2026-11')?.value).toBe(120);
  });
});
