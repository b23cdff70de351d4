// A notice that asks for several periods (10月和11月) posted again while every one of them is open gets no second
// request; one that adds a period not yet open is a request of its own.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Harness } from '../support/harness.js';
import { tempDir } from '../support/temp.js';

let tmp: ReturnType<typeof tempDir>;
let h: Harness;
beforeEach(() => {
  tmp = tempDir();
  h = new Harness(join(tmp.dir, 'bot.db'));
  h.send('lead_mz', 'channel', '民政：请各镇街11月30日前分别报送10月和11月低保户数', { at: '2026-11-23T09:00:00+08:00' });
});
afterEach(() => {
  h.close();
  tmp.remove();
});

describe('reposts of a notice for several periods', () => {
  it('the same notice again is no new request, and the lead hears which one it repeats', () => {
    const before = h.store.requests.all().length;
    const sent = h.send('lead_mz', 'channel', '重发：民政：请各镇街11月30日前分别报送10月和11月低保户数', { at: '2026-11-24T09:00:00+08:00' });
    expect(before).toBe(2);
    expect(h.store.requests.all()).toHaveLength(2);
    expect(sent.out.find((m) => m.replyTo === sent.lineId)!.text).toMatch(/r\d+/);
  });

  it('a notice that adds a period not yet open asks anew', () => {
    h.send('lead_mz', 'channel', '民政：请各镇街11月30日前分别报送9月和10月低保户数', { at: '2026-11-24T09:00:00+08:00' });
    expect(h.store.requests.all().length).toBeGreaterThan(2);
  });
});
