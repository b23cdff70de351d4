// A reminder whose time falls where DMs wait for working hours (a Saturday deadline: 19:59 Saturday, held to Monday
// 08:00) would arrive after the deadline it announces: it goes out on the last working day before instead
// (REMINDER_ON_THE_LAST_WORKING_DAY, jobs.ts), and never after the deadline.
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { VirtualScheduler } from '../../../src/schedule/virtual.js';
import { PluginHost } from '../../../src/plugins/host.js';
import { silentLogger } from '../../../src/bot/context.js';
import digestPlugin from '../../../plugins/digest/index.js';
import { Harness } from '../../support/harness.js';
import { tempDir } from '../../support/temp.js';

let tmp: ReturnType<typeof tempDir>;
let h: Harness;
beforeEach(() => {
  tmp = tempDir();
  h = new Harness(join(tmp.dir, 'bot.db'), { start: '2026-12-02T09:00:00+08:00' });
});
afterEach(() => {
  h.close();
  tmp.remove();
});

const sh = (local: string): Date => new Date(`${local}+08:00`);

it('a Saturday deadline is reminded of on Friday, before it, not on Monday after it', async () => {
  h.send('lead_mz', 'channel', '【区民政局】请朱沱镇于12月5日前报送本月低保户数、低保人数。');
  const scheduler = new VirtualScheduler(h.clock, 'Asia/Shanghai');
  const host = new PluginHost({ bot: h.bot, clock: h.clock, settings: () => h.settings, logger: silentLogger, scheduler, env: {} });
  host.register(digestPlugin);
  host.setOverride('digest', true, {});
  await host.startAll();
  await scheduler.advanceTo(sh('2026-12-08T12:00:00'));
  const reminders = h.store.messages.fromBot().filter((m) => m.text.startsWith('提醒'));
  expect(reminders.map((m) => m.chat)).toEqual(['dm:zt_jz']);
  expect(reminders[0]!.text).toContain('12月5日');
  const at = new Date(reminders[0]!.at);
  expect(at.getTime()).toBeLessThan(sh('2026-12-05T00:00:00').getTime());
  expect(at.getTime()).toBeGreaterThanOrEqual(sh('2026-12-04T00:00:00').getTime());
  await host.stopAll();
});
