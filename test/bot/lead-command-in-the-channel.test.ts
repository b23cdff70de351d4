// LEAD_COMMAND_IN_THE_CHANNEL: 导出 / 进度 typed by a lead in the channel without an @ went unanswered (read as chatter); these
// words speak to the bot wherever they are said.
import { describe, expect, it } from 'vitest';
import { useConversation } from './conversation.js';

const { AT, channel } = useConversation({ day: '2026-11-20' });

describe('a lead’s command in the channel, without an @', () => {
  it('进度 gets the lead’s requests and who still owes', () => {
    channel('lead_mz', '【区民政局】请各镇街于11月27日前报送本月低保户数、低保人数。', AT('09:00'));
    expect(channel('lead_mz', '进度', AT('09:10'))).toContain('未齐：中山路街道');
  });

  it('导出 gets the export links of the latest request', () => {
    channel('lead_mz', '【区民政局】请各镇街于11月27日前报送本月低保户数、低保人数。', AT('09:00'));
    expect(channel('lead_mz', '导出', AT('09:10'))).toContain('/api/exports/c');
  });

  it('a staff member’s 导出 in the channel is left alone', () => {
    channel('lead_mz', '【区民政局】请各镇街于11月27日前报送本月低保户数、低保人数。', AT('09:00'));
    expect(channel('zt_jz', '导出', AT('09:10'))).toBe('');
  });
});
