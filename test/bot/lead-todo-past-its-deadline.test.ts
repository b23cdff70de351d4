// 我的任务 from a lead whose request is past its deadline with a unit still owing figures: the request is still in
// progress (the bot goes on collecting, the digest lists it as 已过截止仍未报齐) and says its deadline has passed
// (LEAD_TODO_PAST_ITS_DEADLINE, todo.ts). Before, pb23's probe: after the collection closed to new requests at its
// deadline the lead heard 你没有进行中的数据需求 while 中山路街道 still owed 特困供养人数. A request all of whose units have
// reported is left out once its deadline has passed.
import { describe, expect, it } from 'vitest';
import { useHarness } from '../support/harness.js';

const bot = useHarness();
const AT = (local: string): string => `${local}+08:00`;
const REQUEST = '【区民政局】请各镇街于11月26日前报送本月低保户数。';
const UNITS = ['zsl_jz', 'sll_jz', 'csz_jz', 'zt_jz', 'sg_jz', 'ls_jz'];

describe('a lead\'s 我的任务 after the deadline', () => {
  it('still lists a request whose units have not all reported, and says the deadline has passed', () => {
    const h = bot();
    h.send('lead_mz', 'channel', REQUEST, { at: AT('2026-11-23T09:00:00') });
    for (const [i, m] of UNITS.slice(1).entries()) h.send(m, 'dm', `低保户数${60 + i}户`, { at: AT(`2026-11-24T1${i}:00:00`) });
    h.store.collections.closingBy(new Date(AT('2026-11-27T09:00:00'))).forEach((c) => h.store.collections.setStatus(c.id, 'closed'));
    const said = h.send('lead_mz', 'dm', '我的任务', { at: AT('2026-11-27T09:00:00') }).out.at(-1)!.text;
    expect(said).toContain('r1');
    expect(said).toContain('5/6 个单位已报齐，截止11月26日（周四）（已过截止）；未齐：中山路街道');
  });

  it('leaves out a request every unit of which has reported', () => {
    const h = bot();
    h.send('lead_mz', 'channel', REQUEST, { at: AT('2026-11-23T09:00:00') });
    for (const [i, m] of UNITS.entries()) h.send(m, 'dm', `低保户数${60 + i}户`, { at: AT(`2026-11-24T1${i}:00:00`) });
    h.store.collections.closingBy(new Date(AT('2026-11-27T09:00:00'))).forEach((c) => h.store.collections.setStatus(c.id, 'closed'));
    expect(h.send('lead_mz', 'dm', '我的任务', { at: AT('2026-11-27T09:00:00') }).out.at(-1)!.text).toBe('你没有进行中的数据需求。');
  });
});
