// NUDGE_ASKED: 帮我催一下没报的 / @报数助手 催一下 / 提醒一下松溉镇 — a lead asks the bot to remind the units that still owe.
// Before, it was "not understood" with an @ and unanswered without one; nobody was reminded.
import { describe, expect, it } from 'vitest';
import { DIBAO_REQUEST } from '../support/harness.js';
import { useConversation } from './conversation.js';

const { bot, AT, channel, dmAs } = useConversation({ day: '2026-11-23' });

/** The request posted and asked at once (the harness has no batch times), and 朱沱镇 reported. */
function askedAndOneReported(): void {
  bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: AT('09:00') });
  dmAs('zt_jz', '低保58户96人', AT('15:00'));
}

const dmsTo = (out: Array<{ chat: string; text: string }>): string[] =>
  out.filter((m) => m.chat.startsWith('dm:')).map((m) => m.chat.slice(3)).sort();

describe('a lead asks the bot to nudge', () => {
  it('帮我催一下没报的 in the channel reminds every member who still owes, and says whom', () => {
    askedAndOneReported();
    const sent = bot().send('lead_mz', 'channel', '帮我催一下没报的', { at: AT('16:30') });
    expect(dmsTo(sent.out)).toEqual(['csz_jz', 'ls_jz', 'sg_jz', 'sll_jz', 'zsl_jz']);
    expect(sent.out.find((m) => m.chat === 'dm:sg_jz')!.text).toContain('低保户数');
    const said = sent.out.filter((m) => m.chat === 'channel').map((m) => m.text).join('\n');
    expect(said).toContain('已私信提醒 5 位同志');
    expect(said).toMatch(/仍未报齐：\n· r1（.*）：中山路街道、胜利路街道、茶山竹海街道、松溉镇、来苏镇/);
  });

  it('with an @ it is the same command, not "not understood"', () => {
    askedAndOneReported();
    const said = channel('lead_mz', '@报数助手 催一下', AT('16:30'));
    expect(said).toContain('已私信提醒 5 位同志');
    expect(said).not.toContain('没有看懂');
  });

  it('names one unit: only its member is reminded', () => {
    askedAndOneReported();
    const sent = bot().send('lead_mz', 'channel', '@报数助手 提醒一下松溉镇', { at: AT('16:30') });
    expect(dmsTo(sent.out)).toEqual(['sg_jz']);
  });

  it('does not send the list again to a member who had it within the hour', () => {
    bot().settings = { ...bot().settings, dailyMessageCap: 3 };
    askedAndOneReported();
    channel('lead_mz', '帮我催一下没报的', AT('16:30'));
    const sent = bot().send('lead_mz', 'channel', '再催一下', { at: AT('16:50') });
    expect(dmsTo(sent.out)).toEqual([]);
    expect(sent.out.map((m) => m.text).join('\n')).toContain('一小时内刚收到过待报清单，这次不重复提醒');
  });

  it('keeps to the day’s message cap and says who was not disturbed', () => {
    askedAndOneReported();
    channel('lead_mz', '帮我催一下没报的', AT('16:00'));
    const sent = bot().send('lead_mz', 'channel', '帮我催一下没报的', { at: AT('17:30') });
    expect(dmsTo(sent.out)).toEqual([]);
    expect(sent.out.map((m) => m.text).join('\n')).toContain('今天已收到 2 条私信，按减负规定今天不再打扰');
  });

  it('before the asks have gone out, nobody is chased and the lead hears when they go', () => {
    bot().settings = { ...bot().settings, askBatches: ['09:00', '14:00'] };
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: AT('09:00') });
    const sent = bot().send('lead_mz', 'channel', '催一下', { at: AT('10:00') });
    expect(dmsTo(sent.out)).toEqual([]);
    expect(sent.out.map((m) => m.text).join('\n')).toMatch(/还没有收到询问，将在.*14:00.*加急 r1/);
  });

  it('提醒大家注意安全 is no nudge, and a clerk’s 催一下 is no lead command', () => {
    askedAndOneReported();
    expect(channel('lead_mz', '提醒大家注意安全', AT('16:30'))).toBe('');
    const sent = bot().send('sg_jz', 'dm', '催一下', { at: AT('16:30') });
    expect(sent.out.map((m) => m.text).join('\n')).not.toContain('已私信提醒');
  });

  it('the lead’s help names both ways to ask', () => {
    const said = channel('lead_mz', '@报数助手 帮助', AT('09:00'));
    expect(said).toContain('“催一下没报的”');
    expect(said).toContain('“把朱沱镇的数据发我”');
  });
});
