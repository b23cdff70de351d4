// ANOTHER_PERIOD_ALREADY_HELD: after 11月's figure came in, 我们镇低保户数上个月是125户 is refused (nobody asked for 10月), and
// nothing is left to ask: the bot said 请报2026年11月的数据 and, from then on, 请回复我问你的问题 about no question.
import { describe, expect, it } from 'vitest';
import { useConversation } from './conversation.js';

const { bot, AT, dm, pool } = useConversation({ day: '2026-11-20', member: 'zt_jz' });

describe('a figure for another period after the asked one is held', () => {
  it('is refused without a question left open', () => {
    bot().send('lead_mz', 'channel', '各镇街：请于11月27日前报送11月低保户数。', { at: AT('09:00') });
    dm('低保户数128户', AT('09:10'));
    const said = dm('我们镇低保户数上个月是125户', AT('09:20'));
    expect(said).toContain('2026年11月的已经报了');
    expect(said).not.toContain('请回复我问你的问题');
    expect(said).toContain('你负责的数据已全部报齐');
    expect(pool('dibao_households')).toBe(128);
  });

  it('while the asked period is still open, asks for it', () => {
    bot().send('lead_mz', 'channel', '各镇街：请于11月27日前报送11月低保户数。', { at: AT('09:00') });
    const said = dm('我们镇低保户数上个月是125户', AT('09:20'));
    expect(said).toContain('请报2026年11月的数据');
  });
});
