// A notice whose needs were asked already records what it avoided once a member and reason, with the count: not one
// write a (unit, field), as many as the notice has needs (docs/performance.md, phase 19).
import { describe, expect, it } from 'vitest';
import { gatherBurden } from '../../src/bot/burden.js';
import { DIBAO_REQUEST, useHarness } from '../support/harness.js';
import { ALL_UNITS } from '../support/roster.js';

const harness = useHarness({ settings: { askBatches: ['09:00', '14:00'] } });

describe('asks avoided by a notice', () => {
  it('are written once a member and reason, with their count', () => {
    harness().send('lead_mz', 'channel', DIBAO_REQUEST, { at: '2026-11-23T10:00:00+08:00' });
    const burden = harness().store.burden;
    const writes: Array<[string, string, number]> = [];
    const avoided = burden.avoided.bind(burden);
    burden.avoided = (day, department, memberId, reason, n = 1) => {
      writes.push([memberId, reason, n]);
      avoided(day, department, memberId, reason, n);
    };
    // Both items were asked already: every unit's two needs merge into the 民政局's asks.
    harness().send('lead_yb', 'channel', '【区医保局】请各镇街于11月27日前报送本月低保户数、低保人数。', { at: '2026-11-23T11:00:00+08:00' });
    expect(writes.length).toBe(ALL_UNITS.length);
    expect(writes.every(([, reason, n]) => reason === 'merge' && n === 2)).toBe(true);
    const yb = gatherBurden(harness().bot.deps, new Date('2026-11-23T18:00:00+08:00')).departments.find((d) => d.id === 'yibao')!;
    expect(yb.avoided).toEqual({ pool: 0, merge: ALL_UNITS.length * 2, ledger: 0 });
  });
});
