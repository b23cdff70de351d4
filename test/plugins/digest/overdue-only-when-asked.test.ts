// Nobody is called late on an ask they never received: the escalation and the digest's overdue list name only units
// whose ask was delivered before the deadline.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { gatherDigest } from '../../../src/bot/digest-data.js';
import { escalate } from '../../../plugins/digest/jobs.js';
import { Harness, pluginContext } from '../../support/harness.js';
import { tempDir } from '../../support/temp.js';

let tmp: ReturnType<typeof tempDir>;
let h: Harness;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => {
  h?.close();
  tmp.remove();
});

const sh = (local: string): Date => new Date(`${local}+08:00`);
const escalations = (): string[] => h.store.messages.fromBot().filter((m) => m.text.includes('已过截止')).map((m) => m.text);

describe('overdue notices', () => {
  it('are not posted for asks still held for working hours when the deadline passed', async () => {
    // Wednesday 21:30, quiet hours: the asks wait until Thursday 08:00, after the day's deadline.
    h = new Harness(join(tmp.dir, 'bot.db'), { start: '2026-11-25T21:30:00+08:00' });
    h.send('lead_mz', 'channel', '【区民政局】请各镇街于11月25日前报送本月低保户数。');
    const asks = h.store.asks.all();
    expect(asks.length).toBeGreaterThan(0);
    expect(asks.every((a) => a.sentAt !== null && a.sentAt.getTime() > sh('2026-11-26T00:00:00').getTime())).toBe(true);

    h.clock.set(sh('2026-11-26T09:00:00'));
    expect(escalate(await pluginContext(h, 'digest'), h.clock.now())).toBe(0);
    expect(escalations()).toEqual([]);
    expect(gatherDigest(h.bot.deps, h.clock.now()).collections.every((c) => !c.overdue)).toBe(true);
  });

  it('still name the units whose ask arrived in time and who did not answer', async () => {
    h = new Harness(join(tmp.dir, 'bot.db'), { start: '2026-11-23T09:00:00+08:00' });
    h.send('lead_mz', 'channel', '【区民政局】请各镇街于11月25日前报送本月低保户数。');
    h.clock.set(sh('2026-11-26T09:00:00'));
    expect(escalate(await pluginContext(h, 'digest'), h.clock.now())).toBe(1);
    expect(escalations()[0]).toMatch(/已过截止，仍有 \d+ 个单位未报齐/);
    expect(gatherDigest(h.bot.deps, h.clock.now()).collections.some((c) => c.overdue)).toBe(true);
  });
});
