// The DingTalk ChatAdapter: roster addresses to the group or a userId, sends through the robot OpenAPI.
import type { Address, ChatAdapter, InboundMessage, OutboundMessage, PlatformTarget } from '../../src/plugins/define.js';
import { PermanentSendError, RetryAfterError, targetKinds } from '../../src/plugins/define.js';
import { SendQuota } from '../../src/plugins/define.js';
import { sendAskCard } from './ask-card.js';
import type { DingtalkConfig } from './config.js';
import type { Onetable } from './onetable.js';
import type { DingtalkOpenApi } from './openapi.js';
import { robotMessageBody, type RobotMessageBody } from './outgoing.js';

const MINUTE = 60_000;
/** Wait this long before sending again to someone DingTalk reported as flow-controlled. */
const FLOW_CONTROL_WAIT_MS = 60_000;

type Target = PlatformTarget<'group' | 'user'>;

export class DingtalkAdapter implements ChatAdapter<'group' | 'user'> {
  readonly platform = 'dingtalk';
  readonly decode = targetKinds('dingtalk', ['group', 'user'] as const);
  private readonly quota = new SendQuota();
  private sent = 0;
  private failures = 0;
  private lastError: string | null = null;

  constructor(private readonly config: DingtalkConfig, private readonly api: DingtalkOpenApi, private readonly onetable: Onetable) {}

  async start(_deliver: (message: InboundMessage, raw?: unknown) => Promise<void>): Promise<void> {
    // Messages arrive through the Stream connection (stream.ts), which stores them directly.
  }

  resolve(to: Address): Target | null {
    if (to.kind === 'channel') return { kind: 'group', id: this.config.conversationId };
    // Someone not on the roster: their one-to-one chat is addressed by their userId (the chat id this plugin stores).
    if (to.kind === 'stranger') return to.chatId === this.config.conversationId ? { kind: 'group', id: to.chatId } : { kind: 'user', id: to.userId };
    const userId = this.onetable.userIdOf(to.memberId);
    return userId ? { kind: 'user', id: userId } : null;
  }

  async send(to: Target, message: OutboundMessage): Promise<{ id: string }> {
    const names = (message.mentions ?? []).map((id) => this.onetable.memberName(id)).filter((n): n is string => !!n);
    const body = robotMessageBody(message, names);
    try {
      const id = to.kind === 'group' ? await this.toGroup(to.id, body) : await this.toUser(to.id, body, message);
      this.sent++;
      return { id };
    } catch (error) {
      this.failures++;
      this.lastError = (error as Error).message;
      this.onetable.logger.warn({ plugin: 'dingtalk', err: this.lastError }, 'DingTalk send failed');
      throw error;
    }
  }

  async stop(): Promise<void> {}

  health(): Record<string, unknown> {
    return { sent: this.sent, sendFailures: this.failures, lastSendError: this.lastError, tokenFetches: this.api.tokenFetches };
  }

  private async toGroup(conversationId: string, body: RobotMessageBody): Promise<string> {
    await this.quota.acquire(`group:${conversationId}`, { limit: this.config.groupPerMinute, windowMs: MINUTE });
    const res = await this.api.post<{ processQueryKey?: string }>('send group message', '/v1.0/robot/groupMessages/send', {
      robotCode: this.robotCode(), openConversationId: conversationId, ...body,
    });
    return res?.processQueryKey ?? '';
  }

  private async toUser(userId: string, body: RobotMessageBody, message: OutboundMessage): Promise<string> {
    await this.quota.acquire(`user:${userId}`, { limit: this.config.userPerMinute, windowMs: MINUTE });
    if (message.card?.type === 'ask' && this.config.askCardTemplateId) {
      try {
        return await sendAskCard(this.api, { templateId: this.config.askCardTemplateId, robotCode: this.robotCode(), userId, message });
      } catch (error) {
        // The template refused (deleted, wrong variables, no card permission): the text says the same.
        if (!(error instanceof PermanentSendError)) throw error;
        this.onetable.logger.warn({ plugin: 'dingtalk', err: (error as Error).message }, 'DingTalk ask card refused; sending it as text');
      }
    }
    const res = await this.api.post<{ processQueryKey?: string; invalidStaffIdList?: string[]; flowControlledStaffIdList?: string[] }>(
      'send one-to-one message', '/v1.0/robot/oToMessages/batchSend', { robotCode: this.robotCode(), userIds: [userId], ...body },
    );
    // The batch API answers 200 and lists the receivers it did not deliver to.
    if (res?.invalidStaffIdList?.includes(userId)) throw new PermanentSendError(`send one-to-one message: DingTalk does not know userId ${userId}`);
    if (res?.flowControlledStaffIdList?.includes(userId)) {
      throw new RetryAfterError(`send one-to-one message: ${userId} is flow-controlled`, FLOW_CONTROL_WAIT_MS);
    }
    return res?.processQueryKey ?? '';
  }

  private robotCode(): string {
    return this.config.robotCode ?? this.config.clientId;
  }

}
