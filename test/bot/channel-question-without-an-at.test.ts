// FOR_THE_BOT: a clerk's message in the channel without an @ to the bot is answered when it is meant for the bot: the
// clerk owes an ask that went out, and the message asks about an item of it (低保户数是报户数还是人数？), or is a question
// pointing at what was asked while that ask is the bot's last word to them (这个表什么时候交？). A figure said there without
// an @ (低保户数12户) is not filed (the clerk hears so in private). Chat between members (a question about something else, a message @-mentioning a
// colleague, a clerk who owes nothing) stays unanswered. Before, every one of them got no answer.
import { describe, expect, it } from 'vitest';
import { DIBAO_REQUEST } from '../support/harness.js';
import { useConversation } from './conversation.js';

const { bot, AT } = useConversation({ day: '2026-11-23', member: 'sll_jz' });

const channel = (sent: { out: Array<{ chat: string; text: string }> }): string =>
  sent.out.filter((m) => m.chat === 'channel').map((m) => m.text).join('\n');

describe('a clerk\'s message in the channel without an @', () => {
  it('asking about an item they owe is answered', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: AT('09:00') });
    const said = channel(bot().send('sll_jz', 'channel', '低保户数是报户数还是人数？', { at: AT('09:10') }));
    expect(said).toContain('唐敏（胜利路街道）问：低保户数是报户数还是人数？');
    expect(said).toContain('你的问题已转给发布需求的部门负责人');
  });

  it('asking when the form is due, right after the ask, is answered with the due day', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: AT('09:00') });
    const said = channel(bot().send('sll_jz', 'channel', '这个表什么时候交？', { at: AT('09:10') }));
    expect(said).toContain('截止11月26日');
  });

  it('a figure for an item they owe, without an @, is not filed (the clerk is told so in private: FIGURES_LEFT_IN_THE_CHANNEL)', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: AT('09:00') });
    const sent = bot().send('sll_jz', 'channel', '低保户数12户', { at: AT('09:10') });
    expect(channel(sent)).toBe('');
    expect(sent.out.filter((m) => m.chat === 'dm:sll_jz').map((m) => m.text).join('\n')).toContain('我没有记录');
    expect(bot().store.pool.get('shenglilu', 'dibao_households', '2026-11')).toBeUndefined();
  });

  it('leaves chat between members unanswered', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: AT('09:00') });
    for (const [from, text] of [
      ['sll_jz', '今天下午开会吗？'],
      ['sll_jz', '@何丽 你们低保户数报了吗？'],
      ['zt_js', '低保户数是报户数还是人数？'],
      ['lead_yb', '低保户数是报户数还是人数？'],
    ] as const) {
      expect(bot().send(from, 'channel', text, { at: AT('09:20') }).out).toEqual([]);
    }
  });

  it('pointing at the form is left alone once the clerk has written to the bot since the ask', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: AT('09:00') });
    bot().send('sll_jz', 'dm', '低保户数12户', { at: AT('09:05') });
    expect(bot().send('sll_jz', 'channel', '这个表什么时候交？', { at: AT('09:10') }).out).toEqual([]);
  });
});
