// The ledgers plugin on a live bot: a ledger defined at run time opens its round once (a restart does not open it
// again), and 目录 / 台账 answer in chat.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/bot/context.js';
import { PluginHost } from '../../../src/plugins/host.js';
import { VirtualScheduler } from '../../../src/schedule/virtual.js';
import ledgersPlugin from '../../../plugins/ledgers/index.js';
import { Harness, pluginContext } from '../../support/harness.js';
import { tempDir } from '../../support/temp.js';

let tmp: ReturnType<typeof tempDir>;
let h: Harness;
let scheduler: VirtualScheduler;
let host: PluginHost;

async function startHost(): Promise<void> {
  scheduler = new VirtualScheduler(h.clock, h.settings.timezone);
  host = new PluginHost({ bot: h.bot, clock: h.clock, settings: () => h.settings, logger: silentLogger, scheduler, env: {} });
  host.register(ledgersPlugin);
  await host.start('ledgers');
}

beforeEach(async () => {
  tmp = tempDir();
  h = new Harness(join(tmp.dir, 'bot.db'), { start: '2026-11-23T08:00:00+08:00' });
  await startHost();
});
afterEach(async () => {
  await host.stopAll();
  h.close();
  tmp.remove();
});

const define = (): void => {
  h.store.standingLedgers.save({
    id: 'aid', name: '社会救助月报', department: 'minzheng', fields: ['dibao_households', 'tekun_persons'], cadence: 'monthly', due: 5,
    targets: ['zhutuo', 'songji'], since: h.clock.now(), source: 'admin', createdAt: h.clock.now(),
  });
};

describe('the ledgers plugin on a live bot', () => {
  it('opens the round at 09:00 on 1 December and never again after a restart', async () => {
    define();
    await scheduler.advanceTo(new Date('2026-12-01T08:59:00+08:00'));
    expect(h.store.asks.all()).toEqual([]);
    await scheduler.advanceTo(new Date('2026-12-01T10:00:00+08:00'));
    const asks = h.store.asks.all();
    expect(asks.map((a) => `${a.unit}:${a.field}:${a.period}`).sort()).toEqual([
      'songji:dibao_households:2026-11', 'songji:tekun_persons:2026-11', 'zhutuo:dibao_households:2026-11', 'zhutuo:tekun_persons:2026-11',
    ]);
    expect(asks.every((a) => a.at.toISOString() === new Date('2026-12-01T09:00:00+08:00').toISOString())).toBe(true);
    await host.stopAll();
    await startHost();
    await scheduler.advanceTo(new Date('2026-12-20T10:00:00+08:00'));
    expect(h.store.asks.all()).toHaveLength(4);
    expect(h.store.standingLedgers.roundsOf('aid').map((r) => r.period)).toEqual(['2026-11']);
  });

  it('a round missed while the bot was down opens as soon as it is back', async () => {
    define();
    await host.stopAll();
    h.clock.set(new Date('2026-12-02T15:00:00+08:00'));
    await startHost();
    await scheduler.advanceTo(new Date('2026-12-02T15:01:00+08:00'));
    expect(h.store.standingLedgers.roundsOf('aid').map((r) => r.period)).toEqual(['2026-11']);
    expect(h.store.asks.all()).toHaveLength(4);
  });

  it('a paused ledger opens nothing', async () => {
    define();
    h.store.standingLedgers.setStatus('aid', 'paused');
    await scheduler.advanceTo(new Date('2026-12-10T10:00:00+08:00'));
    expect(h.store.asks.all()).toEqual([]);
  });

  it('resumed after a long pause, it skips the rounds it missed and opens the next one ahead', async () => {
    define();
    h.store.standingLedgers.setStatus('aid', 'paused');
    await scheduler.advanceTo(new Date('2027-02-10T10:00:00+08:00'));
    const ctx = await pluginContext(h, 'probe');
    ctx.ledgers.setStatus('aid', 'active');
    await scheduler.advanceTo(new Date('2027-02-20T10:00:00+08:00'));
    expect(h.store.asks.all()).toEqual([]);
    expect(ctx.ledgers.pending('aid')?.period).toBe('2027-02');
    await scheduler.advanceTo(new Date('2027-03-01T10:00:00+08:00'));
    expect(new Set(h.store.asks.all().map((a) => a.period))).toEqual(new Set(['2027-02']));
  });

  it('目录 低保 lists the matching fields with the ledger that keeps them; 台账 低保 shows the ledger and its next round', () => {
    define();
    const catalogue = h.send('zt_jz', 'dm', '目录 低保').out.at(-1)!.text;
    expect(catalogue).toContain('【目录】“低保”相关数据项');
    expect(catalogue).toMatch(/· 低保户数（户）：社会救助月报每月收集/);
    expect(catalogue).not.toContain('特困');
    const ledgers = h.send('lead_mz', 'dm', '台账 低保').out.at(-1)!.text;
    expect(ledgers).toContain('【社会救助月报】民政局，每月，期末后5天内报');
    expect(ledgers).toContain('下一期：2026年11月，2026-12-01 09:00 自动发起');
    expect(h.send('lead_mz', 'dm', '台账 危房').out.at(-1)!.text).toContain('没有收集“危房”的台账');
  });

  it('a lead’s 台账 in the channel without an @ is answered as when addressed (LEAD_COMMAND_IN_THE_CHANNEL)', () => {
    define();
    const said = h.send('lead_mz', 'channel', '台账').out.filter((m) => m.chat === 'channel').map((m) => m.text).join('\n');
    expect(said).toContain('【社会救助月报】民政局，每月');
    expect(h.send('zt_jz', 'channel', '台账').out.filter((m) => m.chat === 'channel')).toEqual([]);
  });
});
