// DUE_SHIFT: 时间往后推两天 went unanswered and moved nothing; the request's own due day is moved, and the lead told.
import { describe, expect, it } from 'vitest';
import { useConversation } from './conversation.js';

const { bot, AT, channel } = useConversation({ day: '2026-11-20' });

describe('the due day moved by days', () => {
  it('counts from the request’s own due day', () => {
    channel('lead_mz', '【区民政局】请各镇街于11月26日前报送本月低保户数、低保人数。', AT('09:00'));
    expect(channel('lead_mz', '时间往后推两天', AT('09:10'))).toContain('截止时间改为 11月28日');
    expect(bot().store.requests.activeBy('lead_mz')[0]!.deadline!.toISOString()).toBe('2026-11-28T15:59:59.000Z');
  });

  it('a request without a due day is not moved, and the lead hears why', () => {
    channel('lead_mz', '【区民政局】请各镇街报送本月低保户数、低保人数。', AT('09:00'));
    expect(channel('lead_mz', '截止延后3天', AT('09:10'))).toContain('没有截止时间');
  });
});
