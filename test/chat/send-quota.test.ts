// A platform's send quota, on a fake clock: the burst it allows, and how long the next send waits.
import { describe, expect, it } from 'vitest';
import { SendQuota } from '../../src/chat/send-quota.js';

function fakeTime(): { now: () => number; sleep: (ms: number) => Promise<void>; waits: number[] } {
  let t = 1_000_000;
  const waits: number[] = [];
  return {
    now: () => t,
    sleep: async (ms) => {
      waits.push(ms);
      t += ms;
    },
    waits,
  };
}

const PER_MINUTE = { limit: 20, windowMs: 60_000 };

describe('SendQuota', () => {
  it('lets a full window\'s worth through at once, then spaces sends evenly', async () => {
    const time = fakeTime();
    const quota = new SendQuota({ now: time.now, sleep: time.sleep });
    for (let i = 0; i < 20; i++) await quota.acquire('group:a', PER_MINUTE);
    expect(time.waits).toEqual([]);
    await quota.acquire('group:a', PER_MINUTE);
    await quota.acquire('group:a', PER_MINUTE);
    expect(time.waits).toEqual([3000, 3000]);
  });

  it('keeps targets apart: one busy chat does not slow another', async () => {
    const time = fakeTime();
    const quota = new SendQuota({ now: time.now, sleep: time.sleep });
    for (let i = 0; i < 20; i++) await quota.acquire('user:li', PER_MINUTE);
    await quota.acquire('user:wang', PER_MINUTE);
    expect(time.waits).toEqual([]);
  });

  it('holds every target to the app-wide quota as well', async () => {
    const time = fakeTime();
    const quota = new SendQuota({ app: { limit: 2, windowMs: 1000 }, now: time.now, sleep: time.sleep });
    await quota.acquire('user:a', PER_MINUTE);
    await quota.acquire('user:b', PER_MINUTE);
    await quota.acquire('user:c', PER_MINUTE);
    expect(time.waits).toEqual([500]);
  });
});
