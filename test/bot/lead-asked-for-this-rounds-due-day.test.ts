// 每月8日前报送上月情况。本次请补报10月份数据: the rule's 每月8日前 closes its next round (November's), not October's asked now.
// The bot stores no deadline, names the rule's words in its confirmation with one short question, and 截止改为… sets the day.
import { beforeEach, describe, expect, it } from 'vitest';
import { Harness, useHarness } from '../support/harness.js';

const harness = useHarness();
let h: Harness;
beforeEach(() => {
  h = harness();
});

const AT = '2026-11-20T09:00:00+08:00';

describe("the lead is asked for this round's due day beside a standing rule", () => {
  it('asks once, and 截止改为 sets the day', () => {
    const sent = h.send('lead_mz', 'channel', '各镇（街道）：特困供养人数实行月报，每月8日前报送上月情况。本次请补报10月份数据。', { at: AT });
    const text = sent.out.find((m) => m.chat === 'channel')!.text;
    expect(text).toContain('“每月8日前”是每期的报送时间，本次2026年10月的截止没有写');
    expect(h.store.requests.get(1)!.period).toBe('2026-10');
    expect(h.store.requests.get(1)!.deadline).toBeNull();
    h.send('lead_mz', 'channel', '截止改为11月25日', { at: AT });
    expect(h.store.requests.get(1)!.deadline).not.toBeNull();
  });

  it('says nothing of the kind when this round names its day', () => {
    const sent = h.send('lead_mz', 'channel', '各镇街：临时救助人次按月报送，每月5日前报上月数据，本次请报送10月数据，11月25日前报。', { at: AT });
    expect(sent.out.find((m) => m.chat === 'channel')!.text).not.toContain('是每期的报送时间');
  });
});
