// Pure pieces: event mapping, signatures, the send limiter.
import { describe, expect, it } from 'vitest';
import { formFromCardAction } from '../../../plugins/lark/card-action.js';
import { SendLimiter } from '../../../plugins/lark/limiter.js';
import { messageFromEvent } from '../../../plugins/lark/message-event.js';
import { larkSignature, signatureMatches } from '../../../plugins/lark/verify.js';
import { sign } from './lark-events.js';

const ctx = { chatId: 'oc_main', botOpenId: 'ou_bot', botName: '一表通', now: new Date('2026-11-16T02:00:00Z') };

function event(message: Record<string, unknown>): Parameters<typeof messageFromEvent>[0] {
  return {
    sender: { sender_id: { open_id: 'ou_a' }, sender_type: 'user' },
    message: { message_id: 'om_1', chat_id: 'oc_main', chat_type: 'group', message_type: 'text', create_time: '1795000000000', ...message },
  };
}

describe('messageFromEvent', () => {
  it('maps mention keys to names, the bot to @botName, and others to their open_ids', () => {
    const m = messageFromEvent(event({
      content: JSON.stringify({ text: '@_user_1 请 @_user_2 和 @_user_10 报数' }),
      mentions: [
        { key: '@_user_1', id: { open_id: 'ou_bot' }, name: '报数机器人' },
        { key: '@_user_2', id: { open_id: 'ou_b' }, name: '张三' },
        { key: '@_user_10', id: { open_id: 'ou_c' }, name: '李四' },
      ],
    }), ctx)!;
    expect(m.text).toBe('@一表通 请 @张三 和 @李四 报数');
    expect(m.mentionsBot).toBe(true);
    expect(m.mentions).toEqual(['ou_b', 'ou_c']);
    expect(m.id).toBe('om_1');
    expect(m.chat).toEqual({ kind: 'channel', id: 'oc_main' });
    expect(m.at.getTime()).toBe(1795000000000);
  });

  it('reads post content and recognises the bot by name when its open_id is unknown', () => {
    const m = messageFromEvent(event({
      message_type: 'post',
      content: JSON.stringify({ title: '通知', content: [[{ tag: 'at', user_id: '@_user_1', user_name: '一表通' }, { tag: 'text', text: ' 低保户数 ' }], [{ tag: 'a', text: '链接', href: 'https://x' }]] }),
      mentions: [{ key: '@_user_1', id: { open_id: 'ou_someone' }, name: '一表通' }],
    }), { ...ctx, botOpenId: null })!;
    expect(m.text).toBe('通知\n@一表通 低保户数 \n链接'.trim());
    expect(m.mentionsBot).toBe(true);
  });

  it('makes p2p chats DMs and ignores other groups and bots', () => {
    expect(messageFromEvent(event({ chat_type: 'p2p', chat_id: 'oc_p2p', content: '{"text":"120"}' }), ctx)!.chat).toEqual({ kind: 'dm', id: 'oc_p2p' });
    expect(messageFromEvent(event({ chat_id: 'oc_other', content: '{"text":"x"}' }), ctx)).toBeNull();
    expect(messageFromEvent({ ...event({ content: '{"text":"x"}' }), sender: { sender_id: { open_id: 'ou_app' }, sender_type: 'app' } }, ctx)).toBeNull();
  });
});

describe('formFromCardAction', () => {
  const fields = new Map([['dibao_households', { key: 'dibao_households', label: '低保户数', aliases: [], type: 'integer' as const }]]);
  const base = { operator: { open_id: 'ou_a' }, context: { open_message_id: 'om_card', open_chat_id: 'oc_p2p' } };

  it('builds the same text a typed reply would have and a stable id', () => {
    const a = formFromCardAction({ ...base, action: { tag: 'button', name: 'onetable_ask_7', form_value: { dibao_households: ' 120 ', blank: '' } } }, fields, ctx.now)!;
    const b = formFromCardAction({ ...base, action: { tag: 'button', name: 'onetable_ask_7', form_value: { dibao_households: '120' } } }, fields, ctx.now)!;
    expect(a.text).toBe('低保户数：120');
    expect(a.form).toEqual({ collectionId: 7, values: { dibao_households: '120' } });
    expect(a.id).toBe(b.id);
    const c = formFromCardAction({ ...base, action: { tag: 'button', name: 'onetable_ask_7', form_value: { dibao_households: '121' } } }, fields, ctx.now)!;
    expect(c.id).not.toBe(a.id);
  });

  it('ignores buttons that are not ours', () => {
    expect(formFromCardAction({ ...base, action: { tag: 'button', name: 'other', form_value: { x: '1' } } }, fields, ctx.now)).toBeNull();
  });
});

describe('signature', () => {
  it('hashes the raw bytes exactly as Lark does', () => {
    const body = '{"encrypt":"abc"}';
    expect(larkSignature('1700000000', 'n1', 'key', Buffer.from(body))).toBe(sign('1700000000', 'n1', 'key', body));
    expect(signatureMatches({ timestamp: '1700000000', nonce: 'n1', signature: sign('1700000000', 'n1', 'key', body) }, 'key', Buffer.from(body))).toBe(true);
    // Re-serialised JSON (what the SDK checks) is not what was signed.
    expect(signatureMatches({ timestamp: '1700000000', nonce: 'n1', signature: sign('1700000000', 'n1', 'key', body) }, 'key', Buffer.from('{"encrypt": "abc"}'))).toBe(false);
  });
});

describe('SendLimiter', () => {
  it('lets 5 messages a second through per target and 50 per app', async () => {
    let now = 0;
    const waits: number[] = [];
    const limiter = new SendLimiter({ now: () => now, sleep: async (ms) => { waits.push(ms); now += ms; } });
    for (let i = 0; i < 5; i++) await limiter.acquire('chat_id:a');
    expect(now).toBe(0);
    await limiter.acquire('chat_id:a');
    expect(now).toBe(200);

    now = 10_000;
    for (let i = 0; i < 50; i++) await limiter.acquire(`open_id:u${i}`);
    expect(now).toBe(10_000);
    await limiter.acquire('open_id:u_last');
    expect(now).toBe(10_020);
  });
});
