// The virtual scheduler keeps a job's next time between events when the job says what that time depends on besides
// the clock (Job.nextDueInputs): it asks again only once the clock reaches the kept time or the inputs change.
import { expect, it } from 'vitest';
import { VirtualClock } from '../../src/bot/clock.js';
import { VirtualScheduler } from '../../src/schedule/virtual.js';

const sh = (local: string): Date => new Date(`${local}+08:00`);

it('asks a time-only job once until its time, and again as soon as its settings are replaced', async () => {
  const clock = new VirtualClock(sh('2026-11-23T08:00:00'));
  const scheduler = new VirtualScheduler(clock, 'Asia/Shanghai');
  let settings = { at: [sh('2026-11-23T09:00:00'), sh('2026-11-23T11:00:00')] };
  let asked = 0;
  const ran: string[] = [];
  scheduler.add({
    name: 'batches',
    nextDue: (after) => {
      asked++;
      return settings.at.find((t) => t > after) ?? null;
    },
    nextDueInputs: () => settings,
    run: (at) => void ran.push(at.toISOString()),
  });
  for (const t of ['08:10', '08:20', '08:30']) await scheduler.advanceTo(sh(`2026-11-23T${t}:00`));
  expect(asked).toBe(1);

  settings = { at: [sh('2026-11-23T08:45:00'), sh('2026-11-23T11:00:00')] };
  await scheduler.advanceTo(sh('2026-11-23T10:00:00'));
  expect(ran).toEqual([sh('2026-11-23T08:45:00').toISOString()]);
});
