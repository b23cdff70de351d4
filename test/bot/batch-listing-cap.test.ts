// A batch message with more open items than it lists one by one: every new item, then the soonest due, the rest counted.
import { describe, expect, it } from 'vitest';
import { BATCH_LISTED_ITEMS } from '../../src/bot/batches.js';
import { batchDriver } from '../support/batches.js';
import { useHarness } from '../support/harness.js';
import { STAFF_OF } from '../support/roster.js';

const harness = useHarness({ settings: { askBatches: ['09:00', '14:00'] } });

const { batchAt, batchesTo } = batchDriver(harness);
const itemLines = (text: string): string[] => text.split('\n').filter((l) => /^\d+\. /.test(l));

describe('a long batch', () => {
  it('lists every new item and the soonest due of those sent before, and counts the others', () => {
    // Ten months of two items each, due 11月28日, and the eleventh month due sooner (11月25日), posted last.
    for (let month = 1; month <= 10; month++) {
      harness().send('lead_mz', 'channel', `【区民政局】请各镇街于11月28日前报送2026年${month}月低保户数、低保人数。`, { at: `2026-11-23T10:${String(month).padStart(2, '0')}:00+08:00` });
    }
    harness().send('lead_mz', 'channel', '【区民政局】请各镇街于11月25日前报送2026年11月低保户数、低保人数。', { at: '2026-11-23T10:30:00+08:00' });
    batchAt('2026-11-23T14:00:00');
    const member = STAFF_OF.zhutuo!;
    const first = batchesTo(member);
    expect(first).toHaveLength(1);
    // All 22 are new: each is listed the first time it goes out, beyond the cap.
    expect(first[0]).toMatch(/^【报数】请报送以下 22 项数据/);
    expect(itemLines(first[0]!)).toHaveLength(22);

    harness().send('lead_cl', 'channel', '【区残联】请各镇街于11月30日前报送本月残疾人两项补贴人数。', { at: '2026-11-24T10:00:00+08:00' });
    batchAt('2026-11-24T14:00:00');
    const second = batchesTo(member)[1]!;
    expect(second).toMatch(/^【报数】你有 23 项数据待报（其中新增 1 项）/);
    const items = itemLines(second);
    expect(items).toHaveLength(BATCH_LISTED_ITEMS);
    expect(items.filter((l) => l.includes('【新】'))).toHaveLength(1);
    // The items due 11月25日 came last but are due first: they are listed.
    expect(second).toContain('2026年11月（汇总');
    expect(second).toContain(`另有 ${23 - BATCH_LISTED_ITEMS} 项此前已发的数据仍待报`);
    expect(second).toContain('我的任务');
  });
});
