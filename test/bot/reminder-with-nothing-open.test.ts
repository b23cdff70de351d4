// REMINDER_WITH_NOTHING_OPEN: 低保户数每月3日前报上月，请抓紧补报10月份，本周五下班前报来 with nothing of the department open words a
// whole ask (item, period, due time) and is registered as one; it was answered "没有找到…进行中的报数需求" and dropped. A reminder
// that names less (还没报的抓紧) is still answered; one that urges an open request still links to it.
import { beforeEach, describe, expect, it } from 'vitest';
import { Harness, useHarness } from '../support/harness.js';

const harness = useHarness();
let h: Harness;
beforeEach(() => {
  h = harness();
});

describe('a reminder with nothing open', () => {
  it('that names its item, period and due time is registered', () => {
    const sent = h.send('lead_mz', 'channel', '特困供养人数每月5日前报上月，请抓紧补报10月份的，下周二下班前报来', { at: '2026-11-19T09:00:00+08:00' });
    expect(sent.out.some((o) => o.text.includes('已登记'))).toBe(true);
    const [r] = h.store.requests.all();
    expect(r).toMatchObject({ fields: ['tekun_persons'], period: '2026-10' });
  });

  it('that names nothing is answered and not registered', () => {
    const sent = h.send('lead_mz', 'channel', '请各镇街抓紧报送，还没报的抓紧', { at: '2026-11-19T09:00:00+08:00' });
    expect(sent.out[0]!.text).toContain('没有找到');
    expect(h.store.requests.all()).toHaveLength(0);
  });
});
