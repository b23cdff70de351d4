// 请于12月10日前报送11月份低保、特困、临时救助数据: 低保 and 临时救助 each name several items (CATEGORY_ONLY). The notice
// used to go out as a request for 特困供养人数 alone; now nobody is asked, and the lead hears which kinds were unclear and is
// asked to list the items. The listing then sends the request with the notice's period and due day.
import { describe, expect, it } from 'vitest';
import { useConversation } from './conversation.js';

const { bot, AT } = useConversation({ day: '2026-12-02' });

describe('kinds that several items count', () => {
  it('are put to the lead before anyone is asked', () => {
    const sent = bot().send('lead_mz', 'channel', '各镇街：请于12月10日前报送11月份低保、特困、临时救助数据。', { at: AT('09:00') });
    const said = sent.out.filter((m) => m.chat === 'channel').map((m) => m.text);
    expect(said).toHaveLength(1);
    expect(said[0]).toContain('“低保”“临时救助”各含多个项目');
    expect(said[0]).toContain('请列出要报的项目');
    expect(sent.out.filter((m) => m.chat !== 'channel')).toEqual([]);
    expect(bot().store.requests.all().map((r) => [r.status, r.fields.length])).toEqual([['unread', 0]]);

    const listed = bot().send('lead_mz', 'channel', '低保户数、低保人数、特困供养人数、临时救助人次', { at: AT('09:05') });
    expect(listed.out.find((m) => m.chat === 'channel')?.text).toMatch(/已登记 r\d+/);
    const [request] = bot().store.requests.activeBy('lead_mz');
    expect(request?.fields).toEqual(['dibao_households', 'dibao_persons', 'tekun_persons', 'temp_aid_times']);
    expect(request?.period).toBe('2026-11');
  });
});
