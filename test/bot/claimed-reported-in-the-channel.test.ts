// CLAIMED_REPORTED_IN_THE_CHANNEL: 茶山竹海街道已报 posted in the group by a member the bot holds nothing from: the group saw the
// unit say it was done, and nobody said otherwise. The member hears in private what the bot has not got.
import { describe, expect, it } from 'vitest';
import { DIBAO_REQUEST } from '../support/harness.js';
import { useConversation } from './conversation.js';

const { bot, AT, dmAs } = useConversation({ day: '2026-11-23' });

const sent = (from: string, text: string, at: string) => bot().send(from, 'channel', text, { at }).out;

describe('a member says in the channel they have reported', () => {
  it('with nothing on file, they are told in private what is still owed', () => {
    sent('lead_mz', DIBAO_REQUEST, AT('09:00'));
    const out = sent('csz_jz', '茶山竹海街道已报', AT('10:00'));
    expect(out.filter((m) => m.chat === 'channel')).toEqual([]);
    const dm = out.find((m) => m.chat === 'dm:csz_jz')!.text;
    expect(dm).toContain('你在群里说“茶山竹海街道已报”，但我这里还没有收到下面这些数据');
    expect(dm).toContain('低保户数、低保人数');
  });

  it('once everything is on file, nothing is said', () => {
    sent('lead_mz', DIBAO_REQUEST, AT('09:00'));
    dmAs('csz_jz', '低保30户52人', AT('09:30'));
    expect(sent('csz_jz', '我们已经报了', AT('10:00'))).toEqual([]);
  });

  it('a question about reporting is no claim', () => {
    sent('lead_mz', DIBAO_REQUEST, AT('09:00'));
    expect(sent('csz_jz', '大家都报了吗？', AT('10:00')).some((m) => m.chat === 'dm:csz_jz' && m.text.includes('你在群里说'))).toBe(false);
  });
});
