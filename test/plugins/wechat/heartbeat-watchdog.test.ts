// The watchdog on fake timers: minutes of silence pass in no time, and nothing depends on the machine's speed.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HeartbeatWatchdog } from '../../../plugins/wechat/heartbeat-watchdog.js';

let dog: HeartbeatWatchdog | undefined;
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  dog?.stop();
  vi.useRealTimers();
});

describe('heartbeat watchdog', () => {
  it('probes once half the timeout has passed in silence, and fires at the timeout', async () => {
    const fired: number[] = [];
    let probes = 0;
    dog = new HeartbeatWatchdog(120_000, async (silent) => void fired.push(silent));
    dog.start(() => void probes++);
    await vi.advanceTimersByTimeAsync(60_000);
    expect([probes, fired.length]).toEqual([0, 0]);
    await vi.advanceTimersByTimeAsync(30_000);
    expect([probes, fired.length]).toEqual([1, 0]);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(fired).toEqual([120_000]);
  });

  it('stays quiet while fed', async () => {
    const fired: number[] = [];
    dog = new HeartbeatWatchdog(120_000, async (silent) => void fired.push(silent));
    dog.start();
    for (let minute = 0; minute < 10; minute++) {
      await vi.advanceTimersByTimeAsync(60_000);
      dog.feed();
    }
    expect(fired).toEqual([]);
  });
});
