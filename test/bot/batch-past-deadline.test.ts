// A batch that lists an item whose deadline has already passed says so; it never asks for a reply by a day gone.
import { describe, expect, it } from 'vitest';
import { batchDriver } from '../support/batches.js';
import { useHarness } from '../support/harness.js';
import { STAFF_OF } from '../support/roster.js';

const harness = useHarness({ settings: { askBatches: ['09:00', '14:00'] } });

const { batchAt, batchesTo } = batchDriver(harness);

describe('a batch after a deadline', () => {
  it('marks the overdue item and asks for the reply now', () => {
    harness().send('lead_mz', 'channel', '【区民政局】请各镇街于11月25日前报送本月低保户数。', { at: '2026-11-23T10:00:00+08:00' });
    batchAt('2026-11-23T14:00:00');
    harness().send('lead_cl', 'channel', '【区残联】请各镇街于11月30日前报送本月残疾人两项补贴人数。', { at: '2026-11-26T10:00:00+08:00' });
    batchAt('2026-11-26T14:00:00');
    const second = batchesTo(STAFF_OF.zhutuo!)[1]!;
    expect(second).toContain('已过截止时间11月25日');
    expect(second).not.toContain('请于11月25日');
    expect(second).toContain('请于11月30日');
  });
});
