// What a plugin's context offers: services (intake, commands, state, identities), never the store or the engine.
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/bot/context.js';
import { definePlugin, type PluginContext, type PluginDefinition } from '../../src/plugins/define.js';
import { PluginHost } from '../../src/plugins/host.js';
import { VirtualScheduler } from '../../src/schedule/virtual.js';
import { useHarness, type Harness } from '../support/harness.js';

const bot = useHarness();

function hostOf(h: Harness): PluginHost {
  return new PluginHost({
    bot: h.bot, clock: h.clock, settings: () => h.settings, logger: silentLogger, scheduler: new VirtualScheduler(h.clock, 'Asia/Shanghai'), env: {},
  });
}

function plugin(name: string, setup: PluginDefinition['setup']): PluginDefinition {
  return definePlugin({ name, title: name, description: name, config: z.object({}), setup });
}

async function contextOf(host: PluginHost, name: string): Promise<PluginContext> {
  let captured: PluginContext | undefined;
  host.register(plugin(name, (ctx) => void (captured = ctx)));
  await host.start(name);
  return captured!;
}

describe('a plugin context', () => {
  it('holds no store, database or engine', async () => {
    const ctx = await contextOf(hostOf(bot()), 'probe');
    for (const internal of ['store', 'db', 'bot', 'deps']) expect(ctx).not.toHaveProperty(internal);
  });

  it('adds a chat command open to the roles it names, and takes it away when the plugin stops', async () => {
    const host = hostOf(bot());
    host.register(plugin('ledgers', (ctx) => ctx.command({
      name: 'ledger-list', pattern: /^台账列表$/, roles: ['lead', 'admin'], run: (call) => call.reply(`台账：${call.member.name}`),
    })));
    await host.start('ledgers');
    expect(bot().send('lead_mz', 'dm', '台账列表').out.map((m) => m.text)).toEqual(['台账：周志刚']);
    // Staff are not among its roles: the message is read as a reply instead.
    expect(bot().send('zt_jz', 'dm', '台账列表').out[0]!.text).not.toContain('台账：');
    await host.stop('ledgers');
    expect(bot().send('lead_mz', 'dm', '台账列表').out[0]!.text).toContain('没有看懂');
  });

  it('keeps each plugin\'s state under its own name, across a restart', async () => {
    const host = hostOf(bot());
    const a = await contextOf(host, 'alpha');
    const b = await contextOf(host, 'beta');
    a.state.set('cursor', { at: 3 });
    expect(b.state.get('cursor')).toBeUndefined();
    await host.stopAll();
    expect((await contextOf(hostOf(bot()), 'alpha')).state.get('cursor')).toEqual({ at: 3 });
  });

  it('binds identities on the platform named like the plugin only', async () => {
    const ctx = await contextOf(hostOf(bot()), 'dingtalk');
    ctx.identities.bind('staff-001', 'zt_jz', bot().clock.now());
    expect(ctx.identities.memberOf('staff-001')).toBe('zt_jz');
    expect(bot().store.roster.memberByIdentity('dingtalk', 'staff-001')).toBe('zt_jz');
    expect(bot().store.roster.memberByIdentity('lark', 'staff-001')).toBeNull();
    expect(ctx.identities.all().map((i) => i.externalId)).toEqual(['staff-001']);
  });

  it('accepts a message once, and archives one without acting on it', async () => {
    const ctx = await contextOf(hostOf(bot()), 'web2');
    const message = {
      platform: 'web', id: 'x1', chat: { kind: 'dm' as const, id: 'zt_jz' }, sender: { platformUserId: 'zt_jz' }, text: '帮助',
      mentionsBot: false, at: bot().clock.now(),
    };
    const first = ctx.intake.accept(message);
    expect(first.duplicate).toBe(false);
    expect(ctx.intake.accept(message)).toEqual({ duplicate: true, lineId: first.lineId });
    await bot().bot.idle();
    const archived = ctx.intake.archive({ ...message, id: 'x2' });
    await bot().bot.idle();
    const said = bot().store.messages.fromBot().filter((m) => m.replyTo === archived.lineId);
    expect(said).toEqual([]);
    expect(bot().store.messages.fromBot().filter((m) => m.replyTo === first.lineId)).toHaveLength(1);
  });
});
