// A lead who posts the same ask again (same items, units, period or none, deadline or none) while it is open gets no
// second request: the bot says which request it repeats and asks nobody again. A changed ask is a request of its own.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Harness } from '../support/harness.js';
import { tempDir } from '../support/temp.js';

let tmp: ReturnType<typeof tempDir>;
let h: Harness;
beforeEach(() => {
  tmp = tempDir();
  h = new Harness(join(tmp.dir, 'bot.db'));
  h.send('lead_mz', 'channel', '民政：请各镇街11月30日前报送本月低保户数', { at: '2026-11-23T09:00:00+08:00' });
});
afterEach(() => {
  h.close();
  tmp.remove();
});

describe('reposts', () => {
  it('the same notice again is no new request, and the lead hears which one it repeats', () => {
    const sent = h.send('lead_mz', 'channel', '民政：请各镇街11月30日前报送本月低保户数', { at: '2026-11-24T09:00:00+08:00' });
    expect(h.store.requests.all()).toHaveLength(1);
    expect(sent.out.find((m) => m.replyTo === sent.lineId)!.text).toContain('r1');
    expect(sent.out.filter((m) => m.chat.startsWith('dm:'))).toEqual([]);
  });

  it('a re-ask that names no period or deadline inherits them', () => {
    h.send('lead_mz', 'channel', '民政：请各镇街报送低保户数', { at: '2026-11-24T09:00:00+08:00' });
    expect(h.store.requests.all()).toHaveLength(1);
  });

  it('a re-ask that changes the units or the deadline is a request of its own', () => {
    h.send('lead_mz', 'channel', '民政：朱沱镇明天中午12点前先报一下本月低保户数', { at: '2026-11-24T09:00:00+08:00' });
    expect(h.store.requests.all()).toHaveLength(2);
  });

  it('a titled notice urging an open request is no new request, even with a due time of its own', () => {
    h.send('lead_mz', 'channel', '关于催报低保户数的通知\n各镇人民政府、各街道办事处：\n截至目前仍有镇街尚未报送本月低保户数，请于11月28日前报区民政局。', { at: '2026-11-24T09:00:00+08:00' });
    expect(h.store.requests.all()).toHaveLength(1);
  });

  it('a titled 催报 notice with no open request behind it asks anew', () => {
    h.send('lead_mz', 'channel', '关于催报临时救助人次的通知\n各镇人民政府、各街道办事处：\n截至目前仍有单位未按时报送，请于11月28日前补报10月临时救助人次。', { at: '2026-11-24T09:00:00+08:00' });
    expect(h.store.requests.all()).toHaveLength(2);
  });

  it('a message labelled 再发一次 that repeats an open ask is no new request', () => {
    h.send('lead_mz', 'channel', '民政：再发一次：请各镇街11月30日前把本月低保户数报区民政局。', { at: '2026-11-24T09:00:00+08:00' });
    expect(h.store.requests.all()).toHaveLength(1);
  });

  it('a resent label with no open request behind it asks anew, and names no item of its own', () => {
    h.send('lead_mz', 'channel', '民政：再发一次：请各镇街11月30日前报送本月临时救助人次。', { at: '2026-11-24T09:00:00+08:00' });
    const all = h.store.requests.all();
    expect(all).toHaveLength(2);
    expect(all[1]!.fields).toEqual(['temp_aid_times']);
  });

  it('the same notice once its collection has closed is a request of its own', () => {
    h.send('lead_mz', 'channel', '民政：请各镇街报送11月低保户数', { at: '2026-12-01T09:00:00+08:00' });
    expect(h.store.requests.all()).toHaveLength(2);
  });
});
