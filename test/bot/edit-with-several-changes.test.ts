// SEVERAL_CHANGES: a lead's correction that makes two changes (截止时间应为11月26日，另外加上特困供养人数) makes both: read whole it
// made the first only, said so, and the item was never asked.
import { describe, expect, it } from 'vitest';
import { useConversation } from './conversation.js';

const { bot, AT } = useConversation({ day: '2026-11-20' });

describe('an edit with several changes', () => {
  it('moves the deadline and adds the item, and says both', () => {
    bot().send('lead_mz', 'channel', '各镇街：请于11月27日前报送11月低保户数。', { at: AT('09:00') });
    const sent = bot().send('lead_mz', 'channel', '更正：上条通知的截止时间应为11月26日，另外加上特困供养人数。', { at: AT('09:10') });
    const said = sent.out.filter((m) => m.chat === 'channel').map((m) => m.text).join('\n');
    const [request] = bot().store.requests.all();
    expect(request!.fields).toEqual(['dibao_households', 'tekun_persons']);
    expect(request!.deadline?.toISOString()).toBe(new Date('2026-11-26T23:59:59+08:00').toISOString());
    expect(said).toContain('截止时间改为 11月26日');
    expect(said).toContain('加上：特困供养人数');
  });

  it('one change said with a plea keeps to that change', () => {
    bot().send('lead_mz', 'channel', '各镇街：请于11月27日前报送11月低保户数。', { at: AT('09:00') });
    const sent = bot().send('lead_mz', 'channel', '截止时间改为11月26日，请大家抓紧。', { at: AT('09:10') });
    const said = sent.out.filter((m) => m.chat === 'channel').map((m) => m.text).join('\n');
    expect(bot().store.requests.all()[0]!.fields).toEqual(['dibao_households']);
    expect(said).toContain('截止时间改为 11月26日');
  });
});
