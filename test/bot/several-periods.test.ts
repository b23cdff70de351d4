// A notice that asks for several periods (本月和上月): each (unit, field, period) is asked once, the lead sees one
// confirmation, and an edit applies to every period.
import { beforeEach, describe, expect, it } from 'vitest';
import { Harness, useHarness } from '../support/harness.js';

const harness = useHarness();
let h: Harness;
beforeEach(() => {
  h = harness();
});

const NOTICE = '民政：请各镇街11月30日前报一下本月和上月的低保户数';

describe('a notice for several periods', () => {
  it('asks each unit for each period once and confirms once', () => {
    const sent = h.send('lead_mz', 'channel', NOTICE, { at: '2026-11-23T09:00:00+08:00' });
    const confirmations = sent.out.filter((m) => m.chat === 'channel');
    expect(confirmations).toHaveLength(1);
    expect(confirmations[0]!.text).toContain('2026年11月、2026年10月');
    expect(h.store.asks.exists('zhutuo', 'dibao_households', '2026-11')).toBe(true);
    expect(h.store.asks.exists('zhutuo', 'dibao_households', '2026-10')).toBe(true);
    const requests = h.store.requests.all();
    expect(requests.map((r) => r.period)).toEqual(['2026-11', '2026-10']);
    expect(new Set(requests.map((r) => r.messageId)).size).toBe(1);
  });

  it('moves the deadline of every period with one answer', () => {
    h.send('lead_mz', 'channel', NOTICE, { at: '2026-11-23T09:00:00+08:00' });
    const sent = h.send('lead_mz', 'channel', '截止改为12月2日', { at: '2026-11-23T10:00:00+08:00' });
    expect(sent.out.filter((m) => m.replyTo === sent.lineId)).toHaveLength(1);
    expect(h.store.requests.all().map((r) => r.deadline!.toISOString())).toEqual(['2026-12-02T15:59:59.000Z', '2026-12-02T15:59:59.000Z']);
  });
});
