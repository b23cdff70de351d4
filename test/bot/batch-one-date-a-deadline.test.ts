// A batch message looks up the deadline of each of the member's open items (itemDeadlines: the earliest among the
// requests that name the item): items that share a deadline share one Date, made once for the lookup's life (a batch
// run or a plan), not one an item (hundreds for a member with many open items). The message is the same.
import { afterEach, describe, expect, it } from 'vitest';
import { sendBatch } from '../../src/bot/batches.js';
import { useHarness } from '../support/harness.js';

const RealDate = globalThis.Date;
afterEach(() => { globalThis.Date = RealDate; });

describe('a batch and its items\' deadlines', () => {
  const bot = useHarness({ start: '2026-11-23T08:00:00+08:00' });

  it('makes one Date a deadline, not one an item', () => {
    bot().send('lead_mz', 'channel', '【区民政局】请朱沱镇于11月26日前报送本月低保户数、低保人数、特困人数。', { at: '2026-11-23T09:00:00+08:00' });
    bot().send('lead_cl', 'channel', '【区残联】请朱沱镇于11月30日前报送本月持证残疾人数、残疾人两项补贴人数。', { at: '2026-11-23T09:10:00+08:00' });
    const deps = bot().bot.deps;
    const open = deps.store.asks.openOf('zt_jz');
    expect(open).toHaveLength(5);
    const deadlines = new Set(deps.store.requests.all().map((r) => r.deadline!.getTime()));
    expect(deadlines.size).toBe(2);
    const now = new RealDate('2026-11-23T10:00:00+08:00');
    let made = 0; // Dates made from a deadline's time
    globalThis.Date = new Proxy(RealDate, { construct: (target, args, newTarget) => { if (deadlines.has(args[0] as number)) made++; return Reflect.construct(target, args, newTarget); } });
    const id = deps.store.transaction(() => sendBatch(deps, 'zt_jz', now, undefined, open));
    globalThis.Date = RealDate;
    expect(id).not.toBeNull();
    const text = deps.store.messages.get(id!)!.text;
    expect(text).toContain('请于11月26日（周四）前回复');
    expect(text).toContain('请于11月30日（周一）前回复');
    // five items, two deadlines: one Date each for the lookup, and what writing each group's deadline makes (2 here);
    // the old lookup made one an item as well (7 in all here)
    expect(made).toBeLessThanOrEqual(4);
  });
});
