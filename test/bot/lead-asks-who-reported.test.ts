// PROGRESS_QUESTION: @报数助手 朱沱镇报了没有 / 今天有哪些数据还没报？ / 还有谁没报 — a lead or an admin asking in their own words
// who has reported was "not understood" and sent the help text.
import { describe, expect, it } from 'vitest';
import { useConversation } from './conversation.js';

const { bot, AT, channel, dmAs } = useConversation({ day: '2026-11-20' });

function posted(): void {
  bot().send('lead_mz', 'channel', '【区民政局】请各镇街于11月27日前报送本月低保户数、低保人数。', { at: AT('09:00') });
  dmAs('zt_jz', '低保户数132', AT('09:10'));
}

describe('who has reported, asked in words', () => {
  it('for one unit: what it has reported and what it still owes', () => {
    posted();
    const said = channel('lead_mz', '@报数助手 朱沱镇报了没有', AT('09:20'));
    expect(said).toContain('朱沱镇');
    expect(said).toContain('还差低保人数');
    expect(said).not.toContain('没有看懂');
  });

  it('for every unit, from an admin', () => {
    posted();
    const said = channel('admin', '@报数助手 今天有哪些数据还没报？', AT('09:20'));
    expect(said).toContain('未齐：中山路街道');
  });

  it('from the lead in a private chat', () => {
    posted();
    expect(dmAs('lead_mz', '还有谁没报', AT('09:20'))).toContain('0/6 个单位已报齐');
  });
});
