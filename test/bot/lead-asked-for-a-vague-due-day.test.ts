// A notice due "12月中旬前" names no day: the bot stores no deadline, says so in its confirmation with one short question,
// and 截止改为… then sets the day the lead gives.
import { beforeEach, describe, expect, it } from 'vitest';
import { Harness, useHarness } from '../support/harness.js';

const harness = useHarness();
let h: Harness;
beforeEach(() => {
  h = harness();
});

const AT = '2026-12-03T09:00:00+08:00';

describe('the lead is asked for a due day the notice leaves vague', () => {
  it('asks once, and 截止改为 sets the day', () => {
    const sent = h.send('lead_mz', 'channel', '民政：请各镇街于12月中旬前报送本月低保户数', { at: AT });
    const text = sent.out.find((m) => m.chat === 'channel')!.text;
    expect(text).toContain('截止只写了“12月中旬前”，没有具体日期');
    expect(h.store.requests.get(1)!.deadline).toBeNull();
    h.send('lead_mz', 'channel', '截止改为12月15日', { at: AT });
    expect(h.store.requests.get(1)!.deadline).not.toBeNull();
  });

  it('says nothing of the kind when the notice names the day', () => {
    const sent = h.send('lead_mz', 'channel', '民政：请各镇街于12月15日前报送本月低保户数', { at: AT });
    expect(sent.out.find((m) => m.chat === 'channel')!.text).not.toContain('截止只写了');
  });
});
