// FORMLESS_ASKED: a notice that counts 11月1日至20日 names a time the contract has no period form for: the bot guesses none
// (不限期), says so in its confirmation with one short question, and 期间改为… then sets the period the lead gives.
import { beforeEach, describe, expect, it } from 'vitest';
import { Harness, useHarness } from '../support/harness.js';

const harness = useHarness();
let h: Harness;
beforeEach(() => {
  h = harness();
});

const AT = '2026-11-20T09:00:00+08:00';

describe('the lead is asked for a period the notice names with no form', () => {
  it('asks once, and 期间改为 sets the period', () => {
    const sent = h.send('lead_mz', 'channel', '民政：请各镇街于11月25日前报送11月1日至20日临时救助人次', { at: AT });
    const text = sent.out.find((m) => m.chat === 'channel')!.text;
    expect(text).toContain('期间写的是“11月1日至20日”');
    expect(h.store.requests.get(1)!.period).toBeNull();
    h.send('lead_mz', 'channel', '期间改为2026年11月', { at: AT });
    expect(h.store.requests.get(1)!.period).toBe('2026-11');
  });

  it('says nothing of the kind when the notice names a period', () => {
    const sent = h.send('lead_mz', 'channel', '民政：请各镇街于11月25日前报送10月份临时救助人次', { at: AT });
    expect(sent.out.find((m) => m.chat === 'channel')!.text).not.toContain('期间写的是');
  });
});
