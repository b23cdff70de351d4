// An item close to more than one field is put to the lead with numbered choices; the lead's pick (是第N个) is asked
// for, and 都不是 makes it a new item. Nothing is asked for it before.
import { beforeEach, describe, expect, it } from 'vitest';
import { Harness, useHarness } from '../support/harness.js';

const harness = useHarness();
let h: Harness;
beforeEach(() => {
  h = harness();
});

const AT = '2026-11-23T09:00:00+08:00';
const NOTICE = '民政：请朱沱镇11月30日前报送本月救助金额';

describe('the lead picks a field', () => {
  it('offers the close fields in the confirmation and asks nothing for the item yet', () => {
    const sent = h.send('lead_mz', 'channel', NOTICE, { at: AT });
    const text = sent.out.find((m) => m.chat === 'channel')!.text;
    expect(text).toContain('请确认');
    expect(text).toMatch(/“救助金额”是指：1\. \S+救助金额 {2}2\. \S+救助金额/);
    expect(h.store.asks.openOf('zt_jz')).toEqual([]);
  });

  it('是第N个 records the pick and asks for it', () => {
    h.send('lead_mz', 'channel', NOTICE, { at: AT });
    const offered = h.store.requests.get(1)!.newFields[0]!.choices!;
    const sent = h.send('lead_mz', 'channel', '是第2个', { at: AT });
    expect(sent.out.find((m) => m.replyTo === sent.lineId)!.text).toContain('已将 r1 的“救助金额”记为');
    expect(h.store.requests.get(1)!.fields).toEqual([offered[1]]);
    expect(h.store.asks.openOf('zt_jz').map((a) => a.field)).toEqual([offered[1]]);
  });

  it('都不是 makes it a new item and asks for it', () => {
    h.send('lead_mz', 'channel', NOTICE, { at: AT });
    h.send('lead_mz', 'channel', '都不是', { at: AT });
    const r = h.store.requests.get(1)!;
    expect(r.newFields).toMatchObject([{ label: '救助金额' }]);
    expect(r.newFields[0]!.choices).toBeUndefined();
    expect(h.store.asks.openOf('zt_jz').map((a) => a.field)).toEqual([r.newFields[0]!.key]);
  });

  it('a notice whose only item is to be picked, with no due day or period, is registered and offers the choices', () => {
    const sent = h.send('lead_mz', 'channel', '民政：各镇街：请报送救助金额', { at: AT });
    const text = sent.out.find((m) => m.chat === 'channel')!.text;
    expect(text).toMatch(/“救助金额”是指：1\. \S+救助金额 {2}2\. \S+救助金额/);
    expect(h.store.requests.get(1)!.fields).toEqual([]);
  });

  it('with nothing to pick, says so', () => {
    h.send('lead_mz', 'channel', '民政：请朱沱镇11月30日前报送本月低保户数', { at: AT });
    const sent = h.send('lead_mz', 'channel', '是第1个', { at: AT });
    expect(sent.out.find((m) => m.replyTo === sent.lineId)!.text).toContain('没有待确认');
  });
});
