// The Lark ChatAdapter: roster addresses to open_id / chat_id targets, and sends through the SDK.
import type * as lark from '@larksuiteoapi/node-sdk';
import {
  targetKinds, type Address, type ChatAdapter, type InboundMessage, type Logger, type OutboundMessage, type PlatformIdentities,
  type PlatformTarget, type RosterReader,
} from '../../src/plugins/define.js';
import type { IdentitySync } from './identities.js';
import { SendLimiter } from './limiter.js';
import { messageBody, type Mentioned } from './outgoing.js';
import { failureOf, sendError } from './send-errors.js';

export interface LarkAdapterDeps {
  client: lark.Client;
  roster: RosterReader;
  /** Members' open_ids. */
  openIds: PlatformIdentities;
  chatId: string;
  identities: IdentitySync;
  logger: Logger;
  limiter?: SendLimiter;
}

/** Lark's receive_id_type: a person's open_id, or a chat's chat_id (the group, or a stranger's DM with the bot). */
type ReceiveIdType = 'open_id' | 'chat_id';
type LarkTarget = PlatformTarget<ReceiveIdType>;

export class LarkAdapter implements ChatAdapter<ReceiveIdType> {
  readonly platform = 'lark';
  readonly decode = targetKinds('lark', ['open_id', 'chat_id'] as const);
  private readonly limiter: SendLimiter;
  private sent = 0;
  private failures = 0;
  private lastError: string | null = null;

  constructor(private readonly deps: LarkAdapterDeps) {
    this.limiter = deps.limiter ?? new SendLimiter();
  }

  async start(_deliver: (message: InboundMessage, raw?: unknown) => Promise<void>): Promise<void> {
    // Events arrive through the webhook or the socket (see intake.ts), which store them directly.
    this.deps.identities.sync();
  }

  resolve(to: Address): LarkTarget | null {
    if (to.kind === 'channel') return { kind: 'chat_id', id: this.deps.chatId };
    if (to.kind === 'stranger') return { kind: 'chat_id', id: to.chatId };
    this.deps.identities.sync();
    const openId = this.deps.openIds.of(to.memberId);
    return openId ? { kind: 'open_id', id: openId } : null;
  }

  async send(target: LarkTarget, message: OutboundMessage): Promise<{ id: string }> {
    const { kind: type, id } = target;
    const uuid = message.idempotencyKey?.slice(0, 50);
    const body = messageBody(message, this.mentioned(message.mentions ?? []));
    const messageId = await this.create(type, id, body, uuid);
    if (message.file) {
      const fileKey = await this.upload(message.file);
      await this.create(type, id, { msg_type: 'file', content: JSON.stringify({ file_key: fileKey }) }, uuid && `${uuid.slice(0, 45)}-file`);
    }
    return { id: messageId };
  }

  async stop(): Promise<void> {}

  health(): Record<string, unknown> {
    return { sent: this.sent, sendFailures: this.failures, lastSendError: this.lastError };
  }

  private mentioned(memberIds: string[]): Mentioned[] {
    return memberIds.flatMap((memberId) => {
      const openId = this.deps.openIds.of(memberId);
      const member = this.deps.roster.member(memberId);
      return openId && member ? [{ openId, name: member.name }] : [];
    });
  }

  private async create(type: ReceiveIdType, id: string, body: { msg_type: string; content: string }, uuid: string | undefined): Promise<string> {
    await this.limiter.acquire(`${type}:${id}`);
    const res = await this.call('send message', () => this.deps.client.im.message.create({
      params: { receive_id_type: type },
      data: { receive_id: id, msg_type: body.msg_type, content: body.content, ...(uuid ? { uuid } : {}) },
    }));
    if (res?.code !== 0) throw this.failed(sendError('send message', { code: res?.code ?? -1, msg: res?.msg ?? 'no response' }));
    this.sent++;
    return res.data?.message_id ?? '';
  }

  private async upload(file: NonNullable<OutboundMessage['file']>): Promise<string> {
    const res = await this.call('upload file', () => this.deps.client.im.file.create({
      data: { file_type: fileType(file.name), file_name: file.name, file: file.content },
    }));
    // The SDK returns only the `data` part here; a missing key means Lark refused the upload.
    if (!res?.file_key) throw this.failed(new Error('upload file: Lark returned no file_key'));
    return res.file_key;
  }

  private async call<T>(what: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      throw this.failed(sendError(what, failureOf(error)));
    }
  }

  private failed(error: Error): Error {
    this.failures++;
    this.lastError = error.message;
    this.deps.logger.warn({ plugin: 'lark', err: error.message }, 'Lark send failed');
    return error;
  }
}

function fileType(name: string): 'opus' | 'mp4' | 'pdf' | 'doc' | 'xls' | 'ppt' | 'stream' {
  const ext = name.toLowerCase().split('.').pop() ?? '';
  if (ext === 'xls' || ext === 'xlsx' || ext === 'csv') return ext === 'csv' ? 'stream' : 'xls';
  if (ext === 'doc' || ext === 'docx') return 'doc';
  if (ext === 'ppt' || ext === 'pptx') return 'ppt';
  if (ext === 'pdf' || ext === 'mp4' || ext === 'opus') return ext;
  return 'stream';
}
