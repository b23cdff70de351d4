// Given the store, the virtual scheduler keeps the next time of a job that reads stored data between events, and asks
// again once a table it read is written (here: a collection's closing time moved earlier), so the job still runs then.
import { expect, it } from 'vitest';
import { VirtualClock } from '../../src/bot/clock.js';
import { VirtualScheduler } from '../../src/schedule/virtual.js';
import { Store } from '../../src/store/store.js';

const sh = (local: string): Date => new Date(`${local}+08:00`);

it('asks a data-based job again only after what it read was written', async () => {
  const store = Store.open(':memory:');
  const id = store.collections.create({ period: '2026-11', deadline: null, closesAt: sh('2026-11-23T18:00:00'), createdAt: sh('2026-11-23T08:00:00') });
  const clock = new VirtualClock(sh('2026-11-23T08:00:00'));
  const settings = {};
  const scheduler = new VirtualScheduler(clock, 'Asia/Shanghai', { reads: store, settings: () => settings });
  let asked = 0;
  const ran: string[] = [];
  scheduler.add({
    name: 'close',
    nextDue: (after) => {
      asked++;
      return store.collections.nextClosing(after);
    },
    run: (at) => void ran.push(at.toISOString()),
  });
  for (const t of ['08:10', '08:20', '08:30']) {
    await scheduler.advanceTo(sh(`2026-11-23T${t}:00`));
    store.counters.add('asksAvoided', 1, '2026-11-23'); // a write elsewhere, as every event makes
  }
  expect(asked).toBe(1);

  store.collections.setSchedule(id, null, sh('2026-11-23T09:00:00'));
  await scheduler.advanceTo(sh('2026-11-23T10:00:00'));
  expect(asked).toBeGreaterThan(1);
  expect(ran).toEqual([sh('2026-11-23T09:00:00').toISOString()]);
});
