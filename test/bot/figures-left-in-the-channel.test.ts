// FIGURES_LEFT_IN_THE_CHANNEL: 朱沱镇：低保户数132，低保人数208 posted in the group (no @) by the clerk who owes those items was
// left without a word: not filed (a figure in the group may be a draft), and the clerk believed it reported. They are told
// in private that it was not recorded, and how to send it.
import { describe, expect, it } from 'vitest';
import { useConversation } from './conversation.js';

const { bot, AT, pool } = useConversation({ day: '2026-11-20', member: 'zt_jz' });

function inTheGroup(text: string): string {
  bot().send('lead_mz', 'channel', '【区民政局】请各镇街于11月27日前报送本月低保户数、低保人数。', { at: AT('09:00') });
  return bot().send('zt_jz', 'channel', text, { at: AT('09:10') }).out.filter((m) => m.chat === 'dm:zt_jz').map((m) => m.text).join('\n');
}

describe('figures posted in the group', () => {
  it('are not filed, and the clerk is told so in private', () => {
    const said = inTheGroup('朱沱镇：低保户数132，低保人数208');
    expect(said).toContain('我没有记录');
    expect(said).toContain('@报数助手');
    expect(pool('dibao_households')).toBeUndefined();
  });

  // FIGURES_FOR_WHAT_THEY_OWE: no item's full name, the figures bound by their measure words
  it('said by their measure words only, the clerk is told as well', () => {
    const said = inTheGroup('朱沱镇：低保132户208人');
    expect(said).toContain('我没有记录');
    expect(pool('dibao_persons')).toBeUndefined();
  });

  it('chat without figures of owed items is left alone', () => {
    expect(inTheGroup('收到')).toBe('');
    expect(inTheGroup('今天下午开会，3点')).toBe('');
    expect(inTheGroup('我们3个人下午去走访')).toBe('');
  });
});
