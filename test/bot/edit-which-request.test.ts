// Which request an edit is about. 撤回r1 with r2 posted after it changed nothing and the lead heard nothing; 低保那个截止改为
// 12月1日 moved r2 (百岁老人) instead of r1 (低保户数、低保人数): the number the bot gave a request names it (REQUEST_BY_ITS_NUMBER),
// and so does the head of one request's items (REQUEST_BY_AN_ITEM_HEAD).
import { describe, expect, it } from 'vitest';
import { useConversation } from './conversation.js';

const { bot, AT } = useConversation({ day: '2026-11-20' });

function twoPosted(): void {
  bot().send('lead_mz', 'channel', '【区民政局】请各镇街于11月27日前报送本月低保户数、低保人数。', { at: AT('09:00') });
  bot().send('lead_mz', 'channel', '【区民政局】请各镇街于11月30日前报送辖区百岁老人人数。', { at: AT('09:10') });
}
const said = (text: string): string =>
  bot().send('lead_mz', 'channel', text, { at: AT('09:20') }).out.filter((m) => m.chat === 'channel').map((m) => m.text).join('\n');

describe('the request an edit is about', () => {
  it('撤回r1 withdraws r1, not the latest', () => {
    twoPosted();
    expect(said('撤回r1')).toContain('已撤回 r1');
    expect(bot().store.requests.get(1)!.status).toBe('withdrawn');
    expect(bot().store.requests.get(2)!.status).not.toBe('withdrawn');
  });

  it('低保那个截止改为12月1日 moves the request whose items open with 低保', () => {
    twoPosted();
    expect(said('低保那个截止改为12月1日')).toContain('已将 r1 的截止时间改为 12月1日');
    expect(bot().store.requests.get(2)!.deadline?.toISOString()).toBe('2026-11-30T15:59:59.000Z');
  });

  it('with nothing naming another, the latest', () => {
    twoPosted();
    expect(said('截止改为12月3日')).toContain('已将 r2 的截止时间');
  });
});
