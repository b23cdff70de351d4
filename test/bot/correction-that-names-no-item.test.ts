// A clerk's correction that names no item (还是120户吧, 刚才报错了是208) is of the item they last gave a figure for in
// that measure word: the bot remembers which reply gave each figure, not only the latest reply.
import { describe, expect, it } from 'vitest';
import { useConversation } from './conversation.js';

const REQUEST = '【区民政局】请各镇街于11月30日前报送本月低保户数、低保人数、危房改造户数、临时救助金额。';
const { bot, AT, dm, pool } = useConversation({ day: '2026-11-23', member: 'sll_jz' });

describe('a correction that names no item', () => {
  it('goes to the item last given in its measure word, past a later reply in another measure', () => {
    bot().send('lead_mz', 'channel', REQUEST, { at: AT('09:00') });
    dm('低保户数120户，低保人数210人', AT('10:00'));
    dm('低保户数更正为118户', AT('10:30'));
    dm('临时救助金额1.2万元', AT('11:00'));
    dm('刚才报错了是1.3万', AT('11:30'));
    expect(pool('temp_aid_amount')).toBe(13000);
    dm('还是120户吧', AT('12:00'));
    expect(pool('dibao_households')).toBe(120);
    expect(pool('dilapidated_households')).toBeUndefined();
  });
});
