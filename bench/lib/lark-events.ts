// Lark callbacks for the benchmark: im.message.receive_v1 envelopes, AES-256-CBC encrypted and signed the way Lark
// does it (the encryption and signature helpers are the Lark tests' own, so both exercise one implementation).
import { randomBytes, randomUUID } from 'node:crypto';
import type { BenchRoster, WorkloadMessage } from './gen.js';
import type { HeadedBody } from './load.js';

export interface LarkApp {
  appId: string;
  appSecret: string;
  encryptKey: string;
  verificationToken: string;
  chatId: string;
  botOpenId: string;
}

export const BENCH_LARK_APP: LarkApp = {
  appId: 'cli_bench_0123456789', appSecret: 'bench-secret', encryptKey: 'bench-encrypt-key-0123',
  verificationToken: 'bench-verification-token', chatId: 'oc_bench_channel', botOpenId: 'ou_bench_bot',
};

/** The LARK_* environment for a onetable pointed at a fake Lark Open API. */
export function larkEnv(app: LarkApp, domain: string): Record<string, string> {
  return {
    LARK_APP_ID: app.appId, LARK_APP_SECRET: app.appSecret, LARK_ENCRYPT_KEY: app.encryptKey,
    LARK_VERIFICATION_TOKEN: app.verificationToken, LARK_CHAT_ID: app.chatId, LARK_MODE: 'webhook', LARK_DOMAIN: domain,
  };
}

export const openIdOf = (memberId: string): string => `ou_${memberId}`;
export const p2pChatOf = (memberId: string): string => `oc_p2p_${memberId}`;

/** The roster with every member's Lark open_id (`identities.lark`), so the plugin recognises senders and DMs them. */
export function withLarkIdentities(roster: BenchRoster): BenchRoster {
  const add = <M extends { id: string; identities?: Record<string, string> }>(m: M): M => ({ ...m, identities: { ...m.identities, lark: openIdOf(m.id) } });
  return { ...roster, members: roster.members.map(add), leads: roster.leads.map(add), staff: roster.staff.map(add) };
}

// Encrypted and signed exactly as the Lark tests do it: one implementation for both.
import { encrypt, sign } from '../../test/plugins/lark/lark-events.js';

export { encrypt, sign };

interface Mention { key: string; openId: string; name: string }

/**
 * Lark's text content for a generated message: `@一表通` and `@<member name>` become `@_user_N` keys with mentions,
 * as Lark delivers them.
 */
function mentionsOf(text: string, botName: string, botOpenId: string, byName: Map<string, string>): { text: string; mentions: Mention[] } {
  const mentions: Mention[] = [];
  const out = text.replace(/@(\S+)/g, (whole, name: string) => {
    const openId = name === botName ? botOpenId : byName.get(name);
    if (!openId) return whole;
    const key = `@_user_${mentions.length + 1}`;
    mentions.push({ key, openId, name });
    return key;
  });
  return { text: out, mentions };
}

export interface LarkBody extends HeadedBody {
  messageId: string;
}

/**
 * Generated messages as signed webhook posts: channel messages are `group` messages in the consolidated chat, DMs are
 * `p2p` messages in the sender's chat with the bot. Timestamps are now (the webhook rejects ones older than its skew).
 */
export function larkBodies(roster: BenchRoster, app: LarkApp, messages: WorkloadMessage[], idPrefix: string): LarkBody[] {
  const byName = new Map(roster.members.map((m) => [m.name, openIdOf(m.id)] as const));
  return messages.map((m, i) => {
    const now = new Date();
    const messageId = `om_${idPrefix}_${i}`;
    const { text, mentions } = mentionsOf(m.text, roster.botName, app.botOpenId, byName);
    const openId = openIdOf(m.from);
    const envelope = {
      schema: '2.0',
      header: {
        event_id: randomUUID(), event_type: 'im.message.receive_v1', create_time: String(now.getTime()),
        token: app.verificationToken, app_id: app.appId, tenant_key: 'tenant_bench',
      },
      event: {
        sender: { sender_id: { open_id: openId, union_id: `on_${openId}`, user_id: null }, sender_type: 'user', tenant_key: 'tenant_bench' },
        message: {
          message_id: messageId, root_id: '', parent_id: '', create_time: String(now.getTime()), update_time: String(now.getTime()),
          chat_id: m.in === 'channel' ? app.chatId : p2pChatOf(m.from), chat_type: m.in === 'channel' ? 'group' : 'p2p',
          message_type: 'text', content: JSON.stringify({ text }),
          mentions: mentions.map((x) => ({ key: x.key, id: { open_id: x.openId, union_id: `on_${x.openId}`, user_id: null }, name: x.name, tenant_key: 'tenant_bench' })),
        },
      },
    };
    const body = JSON.stringify({ encrypt: encrypt(app.encryptKey, envelope) });
    const timestamp = String(Math.floor(now.getTime() / 1000));
    const nonce = randomBytes(8).toString('hex');
    return {
      messageId, body,
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'x-lark-request-timestamp': timestamp, 'x-lark-request-nonce': nonce, 'x-lark-signature': sign(timestamp, nonce, app.encryptKey, body),
      },
    };
  });
}
