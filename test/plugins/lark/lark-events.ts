// Events shaped like Lark's, encrypted and signed the way Lark does it (the SDK has no encrypt helper).
import { createCipheriv, createHash, randomBytes, randomUUID } from 'node:crypto';

export function encrypt(encryptKey: string, payload: unknown): string {
  const key = createHash('sha256').update(encryptKey).digest();
  const iv = randomBytes(16);
  const cipher = createCipheriv('aes-256-cbc', key, iv);
  return Buffer.concat([iv, cipher.update(JSON.stringify(payload), 'utf8'), cipher.final()]).toString('base64');
}

export function sign(timestamp: string, nonce: string, encryptKey: string, body: string): string {
  return createHash('sha256').update(timestamp + nonce + encryptKey + body).digest('hex');
}

export interface AppIds {
  appId: string;
  token: string;
}

function header(ids: AppIds, eventType: string, at: Date, eventId: string = randomUUID()): Record<string, unknown> {
  return { event_id: eventId, event_type: eventType, create_time: String(at.getTime()), token: ids.token, app_id: ids.appId, tenant_key: 'tenant_x' };
}

export interface MessageSpec {
  messageId: string;
  chatId: string;
  chatType: 'group' | 'p2p';
  openId: string;
  text: string;
  at: Date;
  mentions?: Array<{ key: string; openId: string; name: string }>;
  eventId?: string;
}

export function messageEvent(ids: AppIds, m: MessageSpec): Record<string, unknown> {
  return {
    schema: '2.0',
    header: header(ids, 'im.message.receive_v1', m.at, m.eventId),
    event: {
      sender: { sender_id: { open_id: m.openId, union_id: `on_${m.openId}`, user_id: null }, sender_type: 'user', tenant_key: 'tenant_x' },
      message: {
        message_id: m.messageId, root_id: '', parent_id: '', create_time: String(m.at.getTime()), update_time: String(m.at.getTime()),
        chat_id: m.chatId, chat_type: m.chatType, message_type: 'text', content: JSON.stringify({ text: m.text }),
        mentions: (m.mentions ?? []).map((x) => ({ key: x.key, id: { open_id: x.openId, union_id: `on_${x.openId}`, user_id: null }, name: x.name, tenant_key: 'tenant_x' })),
      },
    },
  };
}

export function cardActionEvent(ids: AppIds, spec: {
  openId: string; openMessageId: string; chatId: string; buttonName: string; formValue: Record<string, string>; at: Date;
}): Record<string, unknown> {
  return {
    schema: '2.0',
    header: header(ids, 'card.action.trigger', spec.at),
    event: {
      operator: { tenant_key: 'tenant_x', open_id: spec.openId, union_id: `on_${spec.openId}` },
      token: 'c-card-update-token',
      action: { tag: 'button', name: spec.buttonName, form_value: spec.formValue },
      host: 'im_message',
      context: { open_message_id: spec.openMessageId, open_chat_id: spec.chatId },
    },
  };
}

export interface PostOptions {
  /** Encrypt the body ({encrypt}) with this key. */
  encryptKey?: string;
  /** Sign with this key (defaults to encryptKey). */
  signKey?: string;
  timestamp?: number;
  contentType?: string;
  nonce?: string;
}

/** POSTs a callback the way Lark does: JSON, optional encryption, X-Lark-* signature headers over the raw body. */
export async function postEvent(url: string, payload: unknown, now: Date, o: PostOptions = {}): Promise<Response> {
  const body = JSON.stringify(o.encryptKey ? { encrypt: encrypt(o.encryptKey, payload) } : payload);
  const timestamp = String(o.timestamp ?? Math.floor(now.getTime() / 1000));
  const nonce = o.nonce ?? randomBytes(8).toString('hex');
  const headers: Record<string, string> = { 'content-type': o.contentType ?? 'application/json; charset=utf-8' };
  const signKey = o.signKey ?? o.encryptKey;
  headers['x-lark-request-timestamp'] = timestamp;
  headers['x-lark-request-nonce'] = nonce;
  if (signKey) headers['x-lark-signature'] = sign(timestamp, nonce, signKey, body);
  return fetch(url, { method: 'POST', headers, body });
}
