// CHANNEL_PROGRESS_QUESTION: 还有哪些镇街没报？ posted in the channel without an @ went unanswered (read as chatter), and
// 哪些镇街还没报 was answered as a reminder. The lead asks the channel, and the bot is the one that knows.
import { describe, expect, it } from 'vitest';
import { useConversation } from './conversation.js';
import { isChannelProgressQuestion } from '../../src/bot/progress.js';

const { bot, AT, channel, dmAs } = useConversation({ day: '2026-11-20' });

function posted(): void {
  bot().send('lead_mz', 'channel', '【区民政局】请各镇街于11月27日前报送本月低保户数、低保人数。', { at: AT('09:00') });
  dmAs('zt_jz', '低保户数132，低保人数208', AT('09:10'));
}

describe('a lead asking the channel who has reported, without an @', () => {
  for (const question of ['还有哪些镇街没报？', '还有哪几个没报的', '还差谁', '没报的有哪些', '低保数据收得怎么样了']) {
    it(`answers ${question} with who still owes`, () => {
      posted();
      const said = channel('lead_mz', question, AT('09:20'));
      expect(said).toContain('1/6 个单位已报齐');
      expect(said).toContain('未齐：中山路街道');
      expect(said).not.toContain('催报');
    });
  }

  it('answers for one unit named', () => {
    posted();
    expect(channel('lead_mz', '朱沱镇报了没有', AT('09:20'))).toContain('已报齐');
  });

  it('a nudge that asks nothing is still read as a reminder', () => {
    posted();
    const said = channel('lead_mz', '松溉镇、来苏镇抓紧报送低保数据', AT('09:20'));
    expect(said).toContain('催报');
  });

  it('a request to urge them is no question about progress', () => {
    expect(isChannelProgressQuestion('帮我催一下没报的')).toBe(false);
    expect(isChannelProgressQuestion('没报的抓紧')).toBe(false);
  });
});
