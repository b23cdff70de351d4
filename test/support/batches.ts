// Driving batched asks by the clock in bot tests: run the batch at a Shanghai local time, read the batch messages sent.
import { runBatches } from '../../src/bot/batches.js';
import type { Harness } from './harness.js';

export const shanghai = (local: string): Date => new Date(`${local}+08:00`);

export function batchDriver(harness: () => Harness): { batchAt: (local: string) => void; batchesTo: (member: string) => string[] } {
  return {
    batchAt: (local) => {
      harness().clock.set(shanghai(local));
      runBatches(harness().bot.deps, harness().clock.now());
    },
    batchesTo: (member) =>
      harness().store.messages.fromBot().filter((m) => m.chat === `dm:${member}` && m.text.startsWith('【报数】')).map((m) => m.text),
  };
}
