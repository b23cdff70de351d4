// A notice whose ask names two periods the reader cannot choose between: the confirmation says which it took and asks
// the lead in one short line; 期间改为… then moves the request to the other period.
import { beforeEach, describe, expect, it } from 'vitest';
import { Harness, useHarness } from '../support/harness.js';

const harness = useHarness();
let h: Harness;
beforeEach(() => {
  h = harness();
});

const AT = '2026-11-23T09:00:00+08:00';

describe('the lead confirms a period', () => {
  it('asks which period when the ask names two apart, and 期间改为 settles it', () => {
    const sent = h.send('lead_mz', 'channel', '民政：请朱沱镇11月30日前报送本月低保户数，10月的低保户数也报一下', { at: AT });
    const text = sent.out.find((m) => m.chat === 'channel')!.text;
    expect(text).toContain('请确认：期间按2026年11月理解；如指2026年10月，请回复“期间改为2026年10月”');
    h.send('lead_mz', 'channel', '期间改为2026年10月', { at: AT });
    expect(h.store.requests.get(1)!.period).toBe('2026-10');
  });

  it('says nothing of the kind when the period is clear', () => {
    const sent = h.send('lead_mz', 'channel', '民政：请朱沱镇11月30日前报送本月低保户数', { at: AT });
    expect(sent.out.find((m) => m.chat === 'channel')!.text).not.toContain('期间按');
  });
});
