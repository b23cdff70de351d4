// TODO_ASKED and MY_FIGURE_ASKED: a clerk asking the bot in their own words what they still owe (我还差哪些没报 was forwarded
// to the leads as a question about the notice; 我们要报些什么 was answered "no data found") or what they reported for an item
// (刚才报的低保户数是多少来着).
import { describe, expect, it } from 'vitest';
import { useConversation } from './conversation.js';

const { bot, AT, dmAs } = useConversation({ day: '2026-11-20' });

function posted(): void {
  bot().send('lead_mz', 'channel', '【区民政局】请各镇街于11月27日前报送本月低保户数、低保人数。', { at: AT('09:00') });
  dmAs('zt_jz', '低保户数132', AT('09:10'));
}

describe('what is still owed, asked in words', () => {
  for (const question of ['我还差哪些没报', '我们要报些什么', '还有什么没填？', '还差哪几项']) {
    it(`answers ${question} with the to-do, and troubles no lead`, () => {
      posted();
      const out = bot().send('zt_jz', 'dm', question, { at: AT('09:20') }).out;
      const said = out.filter((m) => m.chat === 'dm:zt_jz').map((m) => m.text).join('\n');
      expect(said).toContain('低保人数');
      expect(said).not.toContain('没有找到');
      expect(out.some((m) => m.chat === 'channel')).toBe(false);
    });
  }
});

describe('what was reported for an item, asked in words', () => {
  it('answers with the figure on file', () => {
    posted();
    const said = dmAs('zt_jz', '刚才报的低保户数是多少来着', AT('09:20'));
    expect(said).toContain('低保户数：132户');
  });
});
