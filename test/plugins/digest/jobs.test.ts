// The digest plugin's jobs against a real database file: keyed sends survive restarts, catch-up, and a huge digest.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LiveScheduler } from '../../../src/schedule/live.js';
import { VirtualScheduler } from '../../../src/schedule/virtual.js';
import { PluginHost } from '../../../src/plugins/host.js';
import { silentLogger } from '../../../src/bot/context.js';
import digestPlugin from '../../../plugins/digest/index.js';
import { gatherDigest } from '../../../src/bot/digest-data.js';
import { escalate, postDigest, sendReminders, sendTodos } from '../../../plugins/digest/jobs.js';
import { renderDigest } from '../../../src/domain/digest.js';
import { DIBAO_REQUEST, Harness, pluginContext } from '../../support/harness.js';
import { tempDir } from '../../support/temp.js';

let tmp: ReturnType<typeof tempDir>;
let file: string;
const open: Harness[] = [];
beforeEach(() => {
  tmp = tempDir();
  file = join(tmp.dir, 'bot.db');
});
afterEach(() => {
  for (const h of open.splice(0)) h.close();
  tmp.remove();
});

const sh = (local: string): Date => new Date(`${local}+08:00`);

function start(at: string, reopen = false): Harness {
  const h = new Harness(file, { start: `${at}+08:00`, seed: !reopen });
  open.push(h);
  return h;
}

function restart(h: Harness, at: string): Harness {
  h.close();
  open.splice(open.indexOf(h), 1);
  return start(at, true);
}

const digests = (h: Harness): string[] => h.store.messages.fromBot().filter((m) => m.card?.type === 'digest').map((m) => m.at.toISOString());

async function hostWith(h: Harness, scheduler: LiveScheduler | VirtualScheduler, config: Record<string, unknown> = {}): Promise<PluginHost> {
  const host = new PluginHost({ bot: h.bot, clock: h.clock, settings: () => h.settings, logger: silentLogger, scheduler, env: {} });
  host.register(digestPlugin);
  host.setOverride('digest', true, config);
  await host.startAll();
  expect(host.info('digest')!.status).toBe('running');
  return host;
}

describe('a restart between two ticks', () => {
  it('sends no digest, to-do, reminder or escalation twice', async () => {
    let h = start('2026-11-23T09:00:00');
    h.send('lead_mz', 'channel', DIBAO_REQUEST);
    h.send('zt_jz', 'dm', '低保户数120，低保人数200', { at: '2026-11-23T10:00:00+08:00' });
    let ctx = await pluginContext(h, 'digest');

    h.clock.set(sh('2026-11-24T09:00:00'));
    expect(sendTodos(ctx, h.clock.now())).toBe(5);
    h.clock.set(sh('2026-11-24T18:00:00'));
    expect(postDigest(ctx, h.clock.now())).toBe(true);
    h.clock.set(sh('2026-11-26T19:59:59'));
    expect(sendReminders(ctx, h.clock.now())).toBe(5);
    h.clock.set(sh('2026-11-27T00:00:00'));
    expect(escalate(ctx, h.clock.now())).toBe(1);
    const said = h.store.messages.fromBot().length;

    // The process dies right after; the new one runs the same ticks again (cron fires, sweep overlaps).
    h = restart(h, '2026-11-27T00:00:30');
    ctx = await pluginContext(h, 'digest');
    expect(sendTodos(ctx, sh('2026-11-24T09:00:30'))).toBe(0);
    expect(postDigest(ctx, sh('2026-11-24T18:00:30'))).toBe(false);
    expect(sendReminders(ctx, sh('2026-11-26T20:00:00'))).toBe(0);
    expect(escalate(ctx, sh('2026-11-27T00:00:30'))).toBe(0);
    expect(h.store.messages.fromBot().length).toBe(said);
    for (const key of ['digest:2026-11-24', 'todo:2026-11-24:sg_jz'] as const) {
      expect(h.store.scheduleRuns.has(key), key).toBe(true);
    }
    // Reminders and escalations are keyed per collection and deadline.
    const keys = (h.store.db.prepare('SELECT key FROM schedule_runs').all() as Array<{ key: string }>).map((r) => r.key);
    expect(keys.some((k) => k.startsWith('remind:c1:'))).toBe(true);
    expect(keys.some((k) => k.startsWith('escalate:c1:'))).toBe(true);
  });

  it('live scheduler: a sweep after the restart that overlaps the last one sends nothing again', async () => {
    let h = start('2026-11-23T09:00:00');
    h.send('lead_mz', 'channel', '【区民政局】请朱沱镇于11月23日15:00前报送本月低保户数。');
    const s1 = new LiveScheduler(h.clock, 'Asia/Shanghai', (_job, err) => { throw err; }, 3_600_000);
    const host1 = await hostWith(h, s1);
    h.clock.set(sh('2026-11-23T11:00:30'));
    await s1.sweep();
    h.clock.set(sh('2026-11-23T15:00:02'));
    await s1.sweep();
    const reminders = h.store.messages.fromBot().filter((m) => m.text.startsWith('提醒'));
    const escalations = h.store.messages.fromBot().filter((m) => m.text.includes('已过截止，仍有'));
    expect(reminders.map((m) => m.chat)).toEqual(['dm:zt_jz']);
    expect(escalations).toHaveLength(1);
    await host1.stopAll();
    await s1.stop();
    const said = h.store.messages.fromBot().length;

    // Restarted with a clock that (skewed or not) starts before those due times: the keys hold.
    h = restart(h, '2026-11-23T10:59:00');
    const s2 = new LiveScheduler(h.clock, 'Asia/Shanghai', (_job, err) => { throw err; }, 3_600_000);
    const host2 = await hostWith(h, s2, { catchUp: false });
    h.clock.set(sh('2026-11-23T15:30:00'));
    await s2.sweep();
    expect(h.store.messages.fromBot().length).toBe(said);
    await host2.stopAll();
    await s2.stop();
  });
});

describe('catch-up digest', () => {
  it('posts today\'s digest once when started after 18:00, and not again on the next restart', async () => {
    let h = start('2026-11-23T09:00:00');
    h.send('lead_mz', 'channel', DIBAO_REQUEST);
    h.clock.set(sh('2026-11-23T19:30:00'));
    const host = await hostWith(h, new VirtualScheduler(h.clock, 'Asia/Shanghai'));
    expect(digests(h)).toEqual([sh('2026-11-23T19:30:00').toISOString()]);
    await host.stopAll();

    h = restart(h, '2026-11-23T20:15:00');
    await hostWith(h, new VirtualScheduler(h.clock, 'Asia/Shanghai'));
    expect(digests(h)).toHaveLength(1);
  });

  it('does not post yesterday\'s digest after midnight, nor today\'s before 18:00', async () => {
    let h = start('2026-11-23T09:00:00');
    h.send('lead_mz', 'channel', DIBAO_REQUEST);
    h = restart(h, '2026-11-24T00:30:00');
    await hostWith(h, new VirtualScheduler(h.clock, 'Asia/Shanghai'));
    expect(digests(h)).toEqual([]);
    h = restart(h, '2026-11-24T17:59:00');
    await hostWith(h, new VirtualScheduler(h.clock, 'Asia/Shanghai'));
    expect(digests(h)).toEqual([]);
  });

  it('can be switched off', async () => {
    const h = start('2026-11-23T19:00:00');
    await hostWith(h, new VirtualScheduler(h.clock, 'Asia/Shanghai'), { catchUp: false });
    expect(digests(h)).toEqual([]);
  });
});

describe('a digest for 1,000 units and 200 open collections', () => {
  it('stays under 30 KB per message, summarised, never cut mid-line', () => {
    const h = start('2026-11-23T08:00:00');
    const store = h.store;
    const units = Array.from({ length: 1000 }, (_, i) => ({ id: `u${i}`, name: `第${i + 1}社区`, kind: 'community' as const }));
    store.roster.load({
      units,
      members: units.map((u, i) => ({ id: `s${i}`, name: `网格员${i + 1}`, role: 'staff' as const, unit: u.id })),
    });
    const fields = store.fields.all().slice(0, 200).map((f) => f.key);
    const at = sh('2026-11-23T10:00:00');
    store.transaction(() => {
      for (let c = 0; c < 200; c++) {
        const targets = units.slice((c * 37) % 900, ((c * 37) % 900) + 100).map((u) => u.id);
        const id = store.collections.create({ period: '2026-11', deadline: sh(`2026-11-${String(24 + (c % 6)).padStart(2, '0')}T23:59:59`), closesAt: sh('2026-11-30T23:59:59'), createdAt: at });
        const r = store.requests.add({
          messageId: 1, memberId: 'lead_mz', department: 'minzheng', title: `关于报送第${c + 1}项专项数据的通知`.repeat(2), fields: [fields[c]!],
          newFields: [], period: '2026-11', deadline: sh('2026-11-26T23:59:59'), deadlineHasTime: false, targets, createdAt: at,
        });
        store.requests.update(r, { collectionId: id });
        store.collections.setItems(id, '2026-11', [fields[c]!], targets);
      }
    });
    const t0 = performance.now();
    const data = gatherDigest(h.bot.deps, sh('2026-11-25T18:00:00'));
    const gatherMs = performance.now() - t0;
    expect(data.collections).toHaveLength(200);
    expect(data.requestsToday).toHaveLength(0);

    const full = renderDigest(data, Number.MAX_SAFE_INTEGER);
    const digest = renderDigest(data);
    expect(Buffer.byteLength(full.text, 'utf8')).toBeGreaterThan(30 * 1024);
    expect(Buffer.byteLength(digest.text, 'utf8')).toBeLessThanOrEqual(30 * 1024);
    expect(Buffer.byteLength(JSON.stringify({ type: 'digest', title: digest.title, sections: digest.sections }), 'utf8')).toBeLessThanOrEqual(30 * 1024);

    // Every line is a whole line of the full digest, or a summary of what was left out.
    const fullLines = new Set(full.text.split('\n'));
    const lines = digest.text.split('\n');
    const summaries = lines.filter((l) => /^· ……另有 \d+ 条，详见管理台$/.test(l));
    expect(summaries.length).toBeGreaterThan(0);
    for (const line of lines) expect(fullLines.has(line) || summaries.includes(line), line).toBe(true);
    // Nothing disappears silently: shown + summarised = all, per section.
    for (const section of digest.sections) {
      const original = full.sections.find((s) => s.heading === section.heading)!;
      const hidden = section.lines.map((l) => /另有 (\d+) 条/.exec(l)).filter(Boolean).reduce((n, m) => n + Number(m![1]), 0);
      const shown = section.lines.filter((l) => !/另有 \d+ 条/.test(l)).length;
      expect(shown + hidden).toBe(original.lines.length);
    }
    expect(gatherMs).toBeLessThan(10_000);
  });
});

describe('a reminder missed while the bot was down', () => {
  it('is not sent after its deadline, is not due again, and the escalation still goes out', async () => {
    const h = start('2026-11-23T09:00:00');
    h.send('lead_mz', 'channel', '【区民政局】请朱沱镇于11月23日15:00前报送本月低保户数。');
    // Down from 09:00 to 16:00: the 11:00 reminder and the 15:00 deadline passed unseen.
    h.clock.set(sh('2026-11-23T16:00:00'));
    const scheduler = new LiveScheduler(h.clock, 'Asia/Shanghai', (_job, err) => { throw err; }, 3_600_000);
    const host = new PluginHost({ bot: h.bot, clock: h.clock, settings: () => h.settings, logger: silentLogger, scheduler, replay: false, env: {} });
    host.register(digestPlugin);
    await host.start('digest');
    (scheduler as unknown as { lastSweep: Date }).lastSweep = sh('2026-11-23T09:00:00');
    await scheduler.sweep();
    const said = h.store.messages.fromBot().map((m) => m.text);
    expect(said.filter((t) => t.startsWith('提醒'))).toEqual([]);
    expect(said.filter((t) => t.includes('已过截止，仍有'))).toHaveLength(1);
    // Claimed though not sent: otherwise the sweep would step towards the passed deadline again and again.
    expect(h.store.db.prepare(`SELECT count(*) AS n FROM schedule_runs WHERE key LIKE 'remind:c1:%'`).get()).toEqual({ n: 1 });
    await scheduler.sweep();
    expect(h.store.messages.fromBot().map((m) => m.text)).toEqual(said);
    await host.stopAll();
    await scheduler.stop();
  });
});
