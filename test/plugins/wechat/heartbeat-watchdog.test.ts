import { afterEach, describe, expect, it } from 'vitest';
import { HeartbeatWatchdog } from '../../../plugins/wechat/heartbeat-watchdog.js';

let dog: HeartbeatWatchdog | undefined;
afterEach(() => dog?.stop());

describe('heartbeat watchdog', () => {
  it('fires after the timeout without food, and probes before giving up', async () => {
    let fired = 0;
    let probes = 0;
    dog = new HeartbeatWatchdog(120, async () => void fired++);
    dog.start(() => void probes++);
    await new Promise((r) => setTimeout(r, 300));
    expect(fired).toBeGreaterThanOrEqual(1);
    expect(probes).toBeGreaterThanOrEqual(1);
  });

  it('stays quiet while fed', async () => {
    let fired = 0;
    dog = new HeartbeatWatchdog(120, async () => void fired++);
    dog.start();
    const feeder = setInterval(() => dog!.feed(), 30);
    await new Promise((r) => setTimeout(r, 400));
    clearInterval(feeder);
    expect(fired).toBe(0);
  });
});
