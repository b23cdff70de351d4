// A plan's asks and a batch run read the day's DMs of every member they may write to in one statement
// (InitiatedDmsRepo.countsOn), not one count a member (docs/performance.md, phase 21).
import { describe, expect, it } from 'vitest';
import { runBatches } from '../../src/bot/batches.js';
import { DIBAO_REQUEST, useHarness } from '../support/harness.js';

const harness = useHarness({ settings: { askBatches: ['09:00', '14:00'] } });

describe("the day's DM counts", () => {
  it('are read once for a plan and once for a batch run, not once a member', () => {
    const dms = harness().store.initiatedDms;
    let single = 0;
    let together = 0;
    const countOn = dms.countOn.bind(dms);
    const countsOn = dms.countsOn.bind(dms);
    dms.countOn = (memberId, day) => {
      single++;
      return countOn(memberId, day);
    };
    dms.countsOn = (memberIds, day) => {
      together++;
      return countsOn(memberIds, day);
    };
    harness().send('lead_mz', 'channel', DIBAO_REQUEST, { at: '2026-11-23T10:00:00+08:00' });
    expect(harness().store.asks.membersWithOpenAsks().length).toBeGreaterThan(1);
    expect(together).toBe(1);
    harness().clock.set(new Date('2026-11-23T14:00:00+08:00'));
    expect(runBatches(harness().bot.deps, harness().clock.now())).toBeGreaterThan(1);
    expect(together).toBe(2);
    expect(single).toBe(0);
  });

  it('give each member what the single count gives, 0 for none', () => {
    harness().send('lead_mz', 'channel', DIBAO_REQUEST, { at: '2026-11-23T10:00:00+08:00' });
    harness().clock.set(new Date('2026-11-23T14:00:00+08:00'));
    runBatches(harness().bot.deps, harness().clock.now());
    const dms = harness().store.initiatedDms;
    const members = [...harness().store.asks.membersWithOpenAsks(), 'nobody'];
    for (const day of ['2026-11-23', '2026-11-24']) {
      const counts = dms.countsOn(members, day);
      expect(members.map((m) => counts.get(m))).toEqual(members.map((m) => dms.countOn(m, day)));
    }
    expect(dms.countsOn(members, '2026-11-23').get(members[0]!)).toBe(1);
    expect(dms.countsOn([], '2026-11-23').size).toBe(0);
  });
});
