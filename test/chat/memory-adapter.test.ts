// The memory adapter speaks the chat contract end to end: a message in reaches the bot, the answer comes back out.
import { describe, expect, it } from 'vitest';
import { Dispatcher } from '../../src/bot/dispatcher.js';
import { MemoryAdapter } from '../../src/chat/memory-adapter.js';
import { PermanentSendError } from '../../src/chat/contract.js';
import { useHarness } from '../support/harness.js';

const bot = useHarness();

describe('MemoryAdapter', () => {
  it('hands a member\'s message to the bot and carries the answer to them through the outbox', async () => {
    const adapter = new MemoryAdapter();
    bot().store.roster.bindIdentity('memory', 'wx-7', 'zt_jz', bot().clock.now());
    bot().bot.outbound.attach(adapter);
    await adapter.start(async (message, raw) => void bot().bot.accept(message, raw));
    await adapter.receive({
      platform: 'memory', id: 'm1', chat: { kind: 'dm', id: 'wx-7' }, sender: { platformUserId: 'wx-7' }, text: '帮助',
      mentionsBot: false, at: bot().clock.now(),
    });
    await bot().bot.idle();
    await new Dispatcher(bot().bot.deps).tick();
    expect(adapter.sent).toHaveLength(1);
    expect(adapter.sent[0]!.target).toEqual({ kind: 'member', id: 'zt_jz' });
    expect(adapter.to('zt_jz')[0]!.text).toContain('报数助手');
  });

  it('answers someone not on the roster in their own chat, on their platform only', async () => {
    const here = new MemoryAdapter('here');
    const elsewhere = new MemoryAdapter('elsewhere');
    for (const a of [here, elsewhere]) bot().bot.outbound.attach(a);
    bot().send('u-9', 'dm', '你好', { platform: 'here' });
    await new Dispatcher(bot().bot.deps).tick();
    expect(here.sent.map((s) => s.target)).toEqual([{ kind: 'chat', id: 'u-9' }]);
    expect(elsewhere.sent).toEqual([]);
  });

  it('refuses a stored target of a kind it does not have, for good', () => {
    expect(() => new MemoryAdapter().decode({ kind: 'open_id', id: 'x' })).toThrow(PermanentSendError);
  });
});
