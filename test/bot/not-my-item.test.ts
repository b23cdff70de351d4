// NOT_MY_ITEM: a reporter who says an item is not theirs (我不负责低保，找李娟 / 这块我们社区不管，你问下王所长) is heard: the lead
// who asked is told in the channel, to ask the right person, and the reporter is told so. Before, the reply was
// 这条消息里没有找到需要你报送的数据, as if the figures were only missing.
import { describe, expect, it } from 'vitest';
import { DIBAO_REQUEST } from '../support/harness.js';
import { useConversation } from './conversation.js';

const { bot, AT } = useConversation({ day: '2026-11-23', member: 'sll_jz' });

describe('a reporter who says the item is someone else\'s', () => {
  for (const text of ['我不负责低保，找李娟', '低保这块我们社区不管，是民政办在弄，你问下王主任']) {
    it(`tells the lead and the reporter: ${text}`, () => {
      bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: AT('09:00') });
      const sent = bot().send('sll_jz', 'dm', text, { at: AT('09:10') });
      const channel = sent.out.filter((m) => m.chat === 'channel').map((m) => m.text).join('\n');
      const dm = sent.out.filter((m) => m.chat === 'dm:sll_jz').map((m) => m.text).join('\n');
      expect(channel).toContain(`（胜利路街道）说：${text}`);
      expect(dm).toContain('已转告发布需求的部门负责人');
      expect(dm).not.toContain('没有找到');
    });
  }

  it('a message with figures is read as before', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: AT('09:00') });
    const sent = bot().send('sll_jz', 'dm', '低保户数120户', { at: AT('09:10') });
    expect(sent.out.filter((m) => m.chat === 'channel')).toEqual([]);
  });
});
