// The 还差 list every staff reply ends with (remainingLines) groups the member's open items by collection and deadline:
// a time is looked up for each item, and a Date is made once a group (to write its deadline), not once an item, with no
// key string per item. The list is the same.
import { afterEach, describe, expect, it } from 'vitest';
import { remainingLines } from '../../src/bot/todo.js';
import { useHarness } from '../support/harness.js';

const RealDate = globalThis.Date;
afterEach(() => { globalThis.Date = RealDate; });

describe('还差, grouped', () => {
  const bot = useHarness({ start: '2026-11-23T08:00:00+08:00' });

  it('makes one Date a group of items, not one an item', () => {
    bot().send('lead_mz', 'channel', '【区民政局】请朱沱镇于11月26日前报送本月低保户数、低保人数、特困人数。', { at: '2026-11-23T09:00:00+08:00' });
    bot().send('lead_cl', 'channel', '【区残联】请朱沱镇于11月30日前报送本月持证残疾人数、残疾人两项补贴人数。', { at: '2026-11-23T09:10:00+08:00' });
    const deps = bot().bot.deps;
    const unit = deps.store.roster.member('zt_jz')!.unit!;
    const expected = remainingLines(deps, 'zt_jz', unit); // warm: the requests read, each request's units scanned
    expect(expected).toEqual([
      '还差：',
      '· 2026年11月：低保户数、低保人数、特困供养人数（截止11月26日（周四））',
      '· 2026年11月：持证残疾人数、残疾人两项补贴人数（截止11月30日（周一））',
    ]);
    const deadlines = new Set(deps.store.requests.all().map((r) => r.deadline!.getTime()));
    expect(deadlines.size).toBe(2);
    let made = 0; // Dates made from a deadline's time: the items' deadlines are looked up as times
    globalThis.Date = new Proxy(RealDate, { construct: (target, args, newTarget) => { if (deadlines.has(args[0] as number)) made++; return Reflect.construct(target, args, newTarget); } });
    const lines = remainingLines(deps, 'zt_jz', unit);
    globalThis.Date = RealDate;
    expect(lines).toEqual(expected);
    // five items in two groups: the group's deadline (and its rendering) only, at most two a group; the old list made one
    // for each item as well (7 here)
    expect(made).toBeLessThanOrEqual(4);
  });
});
