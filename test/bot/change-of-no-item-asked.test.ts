// CHANGE_OF_NO_ITEM_ASKED: 多了5户 alone, after 低保户数 and 冬春救助户数 both have figures, names no item: the bot asks which
// item changed (“多了5户”没有记录：是哪一项的变化？) instead of answering 这条消息里没有找到需要你报送的数据, and stores nothing.
import { describe, expect, it } from 'vitest';
import { useConversation } from './conversation.js';

const { bot, AT, dm } = useConversation({ day: '2026-11-24', member: 'zt_jz' });
const value = (field: string): unknown => bot().store.pool.get('zhutuo', field, '2026-11')?.value;

describe('a change that names no item', () => {
  it('is asked about, not answered 没有找到', () => {
    bot().send('lead_mz', 'channel', '【区民政局】请各镇街于11月26日前报送本月低保户数、低保人数、冬春救助户数。', { at: '2026-11-23T09:00:00+08:00' });
    dm('低保户数120户，低保人数208人，冬春救助户数30户', AT('10:00'));
    const out = dm('多了5户', AT('10:30'));
    expect(out).toContain('“多了5户”没有记录：是哪一项的变化？请写上项目名称再发一次，例如“低保户数多了5户”。');
    expect(out).not.toContain('没有找到');
    expect(value('dibao_households')).toBe(120);
    expect(value('winter_aid_households')).toBe(30);
  });
});
