// The WeCom ChatAdapter: roster addresses to a userid or the app's group chat, sends through the server API.
import type { Address, ChatAdapter, InboundMessage, OutboundMessage, PlatformTarget } from '../../src/plugins/define.js';
import { PermanentSendError, targetKinds } from '../../src/plugins/define.js';
import { SendQuota } from '../../src/plugins/define.js';
import type { WecomApi } from './api.js';
import type { WecomConfig } from './config.js';
import type { Onetable } from './onetable.js';
import { wecomBodies, type WecomBody } from './outgoing.js';

const MINUTE = 60_000;

type Target = PlatformTarget<'chat' | 'user'>;

export class WecomAdapter implements ChatAdapter<'chat' | 'user'> {
  readonly platform = 'wecom';
  readonly decode = targetKinds('wecom', ['chat', 'user'] as const);
  private readonly quota = new SendQuota();
  private sent = 0;
  private failures = 0;
  private lastError: string | null = null;

  constructor(private readonly config: WecomConfig, private readonly api: WecomApi, private readonly onetable: Onetable) {}

  async start(_deliver: (message: InboundMessage, raw?: unknown) => Promise<void>): Promise<void> {
    // Messages arrive through the callback URL (webhook.ts), which stores them directly.
  }

  resolve(to: Address): Target | null {
    if (to.kind === 'channel') return this.config.chatId ? { kind: 'chat', id: this.config.chatId } : null;
    // Someone not on the roster can only have written one-to-one: answer them by their userid.
    if (to.kind === 'stranger') return { kind: 'user', id: to.userId };
    const userId = this.onetable.userIdOf(to.memberId);
    return userId ? { kind: 'user', id: userId } : null;
  }

  async send(to: Target, message: OutboundMessage): Promise<{ id: string }> {
    const names = (message.mentions ?? []).map((id) => this.onetable.memberName(id)).filter((n): n is string => !!n);
    try {
      const ids: string[] = [];
      for (const body of wecomBodies(message, names)) ids.push(to.kind === 'chat' ? await this.toChat(to.id, body) : await this.toUser(to.id, body));
      this.sent++;
      return { id: ids.join(',') };
    } catch (error) {
      this.failures++;
      this.lastError = (error as Error).message;
      this.onetable.logger.warn({ plugin: 'wecom', err: this.lastError }, 'WeCom send failed');
      throw error;
    }
  }

  async stop(): Promise<void> {}

  health(): Record<string, unknown> {
    return { sent: this.sent, sendFailures: this.failures, lastSendError: this.lastError, tokenFetches: this.api.tokenFetches };
  }

  private async toUser(userId: string, body: WecomBody): Promise<string> {
    // WeCom silently drops what exceeds its per-member rate: never exceed it.
    await this.quota.acquire(`user:${userId}`, { limit: this.config.userPerMinute, windowMs: MINUTE });
    const res = await this.api.call<{ msgid?: string; invaliduser?: string }>('send application message', 'POST', '/cgi-bin/message/send', {
      touser: userId, agentid: this.config.agentId, ...body,
    });
    if (res.invaliduser && res.invaliduser.split('|').includes(userId)) throw new PermanentSendError(`send application message: WeCom does not know userid ${userId}`);
    return res.msgid ?? '';
  }

  private async toChat(chatId: string, body: WecomBody): Promise<string> {
    await this.quota.acquire(`chat:${chatId}`, { limit: this.config.chatPerMinute, windowMs: MINUTE });
    await this.api.call('send group chat message', 'POST', '/cgi-bin/appchat/send', { chatid: chatId, ...body });
    return chatId;
  }
}
