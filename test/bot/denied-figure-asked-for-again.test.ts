// DENIED_FIGURE_IS_OPEN: 不对 after a figure held for a confirmation drops it and asks 请直接回复正确的数. That request is
// an open question: the next bare figure answers it (not read against every open item), and while it waits neither the
// reply nor the to-do says the member's data are all reported. Before, it was asked and forgotten.
import { describe, expect, it } from 'vitest';
import { DIBAO_REQUEST } from '../support/harness.js';
import { useConversation } from './conversation.js';

const { bot, AT, dm, pool } = useConversation({ day: '2026-11-24', member: 'sll_jz' });

describe('a figure denied after a question back', () => {
  it('is asked for again, and the next bare figure is that item\'s', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: '2026-11-23T09:00:00+08:00' });
    dm('低保人数99999999人', AT('10:00'));
    expect(dm('不对', AT('10:02'))).toContain('请直接回复正确的数');
    expect(dm('208', AT('10:04'))).toContain('低保人数（2026年11月）：208人');
    expect(pool('dibao_persons')).toBe(208);
    expect(pool('dibao_households')).toBeUndefined();
  });

  it('keeps the reply and the to-do off 已全部报齐 while it waits', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: '2026-11-23T09:00:00+08:00' });
    dm('低保户数120户，低保人数208人', AT('10:00'));
    dm('更正：低保人数99999999人', AT('10:02'));
    const denied = dm('不对', AT('10:04'));
    expect(denied).toContain('请直接回复正确的数');
    expect(denied).not.toContain('已全部报齐');
    expect(dm('我的任务', AT('10:05'))).toContain('请回复我问你的问题');
    expect(dm('210', AT('10:06'))).toContain('208人 → 210人');
    expect(pool('dibao_persons')).toBe(210);
    expect(pool('dibao_households')).toBe(120);
  });
});
