// DUE_QUESTION: 什么时候截止？ from a reporter with items open was forwarded to the lead (an interruption), while the bot's own
// list of what is still owed says the due days; the bot answers it. Other questions still go to the lead.
import { describe, expect, it } from 'vitest';
import { useConversation } from './conversation.js';

const { bot, AT } = useConversation({ day: '2026-11-20', member: 'zt_jz' });

function ask(text: string): { dm: string; channel: string } {
  bot().send('lead_mz', 'channel', '【区民政局】请各镇街于11月27日前报送本月低保户数、低保人数。', { at: AT('09:00') });
  const out = bot().send('zt_jz', 'dm', text, { at: AT('09:10') }).out;
  return { dm: out.filter((m) => m.chat === 'dm:zt_jz').map((m) => m.text).join('\n'), channel: out.filter((m) => m.chat === 'channel').map((m) => m.text).join('\n') };
}

describe('a question about the due day', () => {
  it.each(['什么时候截止？', '这个几号之前报', '截止时间是哪天？'])('%s is answered, the lead is not called', (text) => {
    const said = ask(text);
    expect(said.dm).toContain('截止11月27日');
    expect(said.channel).toBe('');
  });

  it('a question about what to count still goes to the lead', () => {
    expect(ask('低保户数是哪个时间点的？月底还是现在？').channel).toContain('问：低保户数是哪个时间点的');
  });
});
