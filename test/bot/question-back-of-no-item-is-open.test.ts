// ASKED_BACK_IS_OPEN: 多了5户 after every item asked has a figure names no item, and the bot asks which item changed.
// That question back is kept open like one about an item: the reply asking it, and the to-do, never say 已全部报齐
// while it waits (before, the same reply ended 你负责的数据已全部报齐); the report that gives the item's figure settles
// it, and only then is everything reported.
import { describe, expect, it } from 'vitest';
import { useConversation } from './conversation.js';

const { bot, AT, dm } = useConversation({ day: '2026-11-24', member: 'zt_jz' });

describe('a question back about no item', () => {
  it('is open until a figure is reported: no 已全部报齐 while it waits', () => {
    bot().send('lead_mz', 'channel', '【区民政局】请各镇街于11月26日前报送本月低保户数、低保人数、冬春救助户数。', { at: '2026-11-23T09:00:00+08:00' });
    expect(dm('低保户数120户，低保人数208人，冬春救助户数30户', AT('10:00'))).toContain('已全部报齐');
    const asked = dm('多了5户', AT('10:30'));
    expect(asked).toContain('是哪一项的变化？');
    expect(asked).not.toContain('已全部报齐');
    expect(asked).toContain('请回复我问你的问题');
    expect(dm('待办', AT('10:35'))).toContain('请回复我问你的问题');
    const settled = dm('低保户数多了5户', AT('10:40'));
    expect(settled).toContain('125户');
    expect(settled).toContain('已全部报齐');
  });
});
