import { describe, expect, it } from 'vitest';
import { VirtualClock } from '../../src/bot/clock.js';
import { VirtualScheduler } from '../../src/schedule/virtual.js';

const sh = (local: string): Date => new Date(`${local}+08:00`);

describe('VirtualScheduler', () => {
  it('runs every job due on the way, in due order, each with the clock at its own due time', async () => {
    const clock = new VirtualClock(sh('2026-11-23T08:00:00'));
    const scheduler = new VirtualScheduler(clock, 'Asia/Shanghai');
    const runs: Array<[string, string, string]> = [];
    const log = (name: string) => (at: Date): void => void runs.push([name, at.toISOString(), clock.now().toISOString()]);
    scheduler.add({ name: 'digest', cron: '0 18 * * *', run: log('digest') });
    scheduler.add({ name: 'todo', cron: '0 9 * * 1-5', run: log('todo') });
    const deadlines = [sh('2026-11-23T12:00:00'), sh('2026-11-24T17:00:00')];
    scheduler.add({
      name: 'deadline',
      nextDue: (after) => deadlines.find((d) => d > after) ?? null,
      run: log('deadline'),
    });

    await scheduler.advanceTo(sh('2026-11-24T10:00:00'));
    expect(runs.map(([name, at]) => [name, at])).toEqual([
      ['todo', '2026-11-23T01:00:00.000Z'],
      ['deadline', '2026-11-23T04:00:00.000Z'],
      ['digest', '2026-11-23T10:00:00.000Z'],
      ['todo', '2026-11-24T01:00:00.000Z'],
    ]);
    for (const [, at, now] of runs) expect(now).toBe(at);
    expect(clock.now().toISOString()).toBe(sh('2026-11-24T10:00:00').toISOString());

    runs.length = 0;
    await scheduler.advanceTo(sh('2026-11-24T17:00:00'));
    // Due exactly at the target: runs before an event at that instant is handled.
    expect(runs.map(([name]) => name)).toEqual(['deadline']);
  });

  it('picks up times that jobs add while running (data-driven jobs)', async () => {
    const clock = new VirtualClock(sh('2026-11-23T08:00:00'));
    const scheduler = new VirtualScheduler(clock, 'Asia/Shanghai');
    const due: Date[] = [sh('2026-11-23T09:00:00')];
    const ran: string[] = [];
    scheduler.add({
      name: 'chain',
      nextDue: (after) => due.find((d) => d > after) ?? null,
      run: (at) => {
        ran.push(at.toISOString());
        if (due.length < 3) due.push(new Date(at.getTime() + 3600_000));
      },
    });
    await scheduler.advanceTo(sh('2026-11-23T23:00:00'));
    expect(ran).toEqual(['2026-11-23T01:00:00.000Z', '2026-11-23T02:00:00.000Z', '2026-11-23T03:00:00.000Z']);
  });

  it('stops running a removed job and never moves the clock backwards', async () => {
    const clock = new VirtualClock(sh('2026-11-23T08:00:00'));
    const scheduler = new VirtualScheduler(clock, 'Asia/Shanghai');
    let n = 0;
    scheduler.add({ name: 'x', cron: '0 * * * *', run: () => void n++ });
    await scheduler.advanceTo(sh('2026-11-23T10:30:00'));
    expect(n).toBe(2);
    scheduler.remove('x');
    await scheduler.advanceTo(sh('2026-11-23T12:30:00'));
    expect(n).toBe(2);
    await scheduler.advanceTo(sh('2026-11-23T09:00:00'));
    expect(clock.now().toISOString()).toBe(sh('2026-11-23T12:30:00').toISOString());
  });
});
