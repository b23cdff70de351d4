// The plugin as the runtime loads it: enabled and configured by environment variables, the puppet chosen by name.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import wechatPlugin from '../../../plugins/wechat/index.js';
import { systemClock } from '../../../src/bot/clock.js';
import { silentLogger } from '../../../src/bot/context.js';
import { Bot } from '../../../src/bot/engine.js';
import { resolveSettings } from '../../../src/bot/settings.js';
import { PluginHost } from '../../../src/plugins/host.js';
import { LiveScheduler } from '../../../src/schedule/live.js';
import { Store } from '../../../src/store/store.js';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
});

function hostWith(env: NodeJS.ProcessEnv): PluginHost {
  const dir = mkdtempSync(join(tmpdir(), 'onetable-wechat-env-'));
  const store = Store.open(join(dir, 'db.sqlite'));
  const settings = resolveSettings({});
  const bot = new Bot({ store, clock: systemClock, settings: () => settings });
  const host = new PluginHost({
    bot, clock: systemClock, settings: () => settings, logger: silentLogger,
    scheduler: new LiveScheduler(systemClock, settings.timezone, () => undefined), env: { ...env, WECHATY_NAME: join(dir, 'session') },
  });
  host.register(wechatPlugin);
  cleanups.push(() => store.close(), () => rmSync(dir, { recursive: true, force: true }));
  cleanups.push(() => host.stopAll());
  return host;
}

describe('wechat plugin configuration', () => {
  it('stays off without WECHATY_PUPPET', async () => {
    const host = hostWith({});
    await host.startAll();
    expect(host.info('wechat')).toMatchObject({ enabled: false, status: 'stopped' });
  });

  it('refuses to start without a room', async () => {
    const host = hostWith({ WECHATY_PUPPET: 'wechaty-puppet-mock' });
    await host.startAll();
    expect(host.info('wechat')).toMatchObject({ status: 'error' });
    expect(host.info('wechat')!.error).toContain('WECHAT_ROOM_TOPIC');
  });

  it('starts the puppet named by WECHATY_PUPPET and reports its state', async () => {
    const host = hostWith({ WECHATY_PUPPET: 'wechaty-puppet-mock', WECHAT_ROOM_TOPIC: '工作群', WECHAT_SEND_INTERVAL_MS: '2000' });
    await host.startAll();
    const info = host.info('wechat')!;
    expect(info).toMatchObject({ status: 'running', config: { sendIntervalMs: '2000', roomTopic: '工作群' } });
    expect((info.health as { wechat: { status: string } }).wechat.status).toBe('starting');
    expect(host.mounts.has('/wechat')).toBe(true);
  });
});
