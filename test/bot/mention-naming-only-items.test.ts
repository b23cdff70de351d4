// MENTIONED_ITEMS: @报数助手 各镇街养老机构床位数 — a lead who mentions the bot with only items the dictionary knows and whom or
// when is asking the units for them; the bot registers the request (before, it answered with its help text). Without whom
// or when (@报数助手 低保户数), or with words it does not know, the message is no ask.
import { describe, expect, it } from 'vitest';
import { useConversation } from './conversation.js';

const { bot, AT } = useConversation({ day: '2026-11-20' });

const channel = (sent: { out: Array<{ chat: string; text: string }> }): string =>
  sent.out.filter((m) => m.chat === 'channel').map((m) => m.text).join('\n');

describe('a mention naming only items', () => {
  it('with whom is a request for them', () => {
    const said = channel(bot().send('lead_mz', 'channel', '@报数助手 各镇街养老机构床位数', { at: AT('09:00') }));
    expect(said).toContain('已登记');
    expect(said).toContain('养老机构床位数');
    expect(said).not.toContain('没有看懂');
  });

  it('with the period, whom and when, each its own clause', () => {
    const said = channel(bot().send('lead_mz', 'channel', '@报数助手 11月低保户数、低保人数，各镇街，月底前', { at: AT('09:00') }));
    expect(said).toMatch(/已登记[^\n]*2026年11月低保户数、低保人数/);
    expect(said).toContain('11月30日');
  });

  it('with neither whom nor when, or with other words, is no request', () => {
    expect(channel(bot().send('lead_mz', 'channel', '@报数助手 低保户数', { at: AT('09:00') }))).not.toContain('已登记');
    expect(channel(bot().send('lead_mz', 'channel', '@报数助手 各镇街养老机构床位数怎么这么少', { at: AT('09:10') }))).not.toContain('已登记');
  });
});
