// 请于3月5日前网上填报601-1表、609表: a notice whose forms are named only by a code or a heading, and of which no item was
// read, registers nothing and asks nobody; the bot asks the lead, in one short line, to list the items instead of
// staying silent or guessing.
import { beforeEach, describe, expect, it } from 'vitest';
import { Harness, useHarness } from '../support/harness.js';

const harness = useHarness();
let h: Harness;
beforeEach(() => {
  h = harness();
});

const AT = '2026-02-20T09:00:00+08:00';

describe('forms named only by a code or a heading', () => {
  it('the lead is asked to list the items, and nothing is registered', () => {
    const sent = h.send('lead_mz', 'channel', ['【区民政局】关于布置2025年统计年报的通知', '各镇街：', '请于3月5日前网上填报601-1表、609表，逐项审核后报区民政局。'].join('\n'), { at: AT });
    const text = sent.out.find((m) => m.chat === 'channel')?.text ?? '';
    expect(text).toContain('601-1表、609表');
    expect(text).toContain('请把要报的项目列一下');
    expect(h.store.requests.get(1)).toBeFalsy();
    expect(sent.out.filter((m) => m.chat !== 'channel')).toEqual([]);
  });

  it('a notice whose items are read is confirmed as before', () => {
    const sent = h.send('lead_mz', 'channel', '民政：请各镇街于3月5日前报送本月低保户数', { at: AT });
    expect(sent.out.find((m) => m.chat === 'channel')!.text).not.toContain('请把要报的项目列一下');
    expect(h.store.requests.get(1)).toBeTruthy();
  });
});
