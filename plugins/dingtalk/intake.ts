// What arrives over the Stream connection, mapped and committed to the inbox (stream.ts acknowledges after this).
import type { DWClientDownStream } from 'dingtalk-stream';
import { messageFromCardCallback, type CardCallback } from './ask-card.js';
import type { Onetable } from './onetable.js';
import { messageFromRobot, type DingtalkRobotMessage } from './robot-message.js';
import type { StreamHandlers } from './stream.js';

export class DingtalkIntake implements StreamHandlers {
  private ignored = 0;
  private duplicates = 0;
  private lastOtherGroup: { conversationId: string; title: string } | null = null;

  constructor(private readonly conversationId: string, private readonly onetable: Onetable) {}

  robotMessage(payload: DingtalkRobotMessage, raw: DWClientDownStream): void {
    const message = messageFromRobot(payload, { conversationId: this.conversationId, now: this.onetable.now() });
    if (!message) {
      this.ignored++;
      // How an admin finds the consolidated group's id: @-mention the robot there once.
      if (payload.conversationType === '2' && payload.conversationId) {
        this.lastOtherGroup = { conversationId: payload.conversationId, title: payload.conversationTitle ?? '' };
        this.onetable.logger.info({ plugin: 'dingtalk', ...this.lastOtherGroup }, 'DingTalk message from a group that is not the consolidated one');
      }
      return;
    }
    if (this.onetable.receive(message, { headers: raw.headers, data: payload }) === 'duplicate') this.duplicates++;
  }

  cardCallback(callback: CardCallback, raw: DWClientDownStream): void {
    const message = messageFromCardCallback(callback, this.onetable.now());
    if (!message) {
      this.ignored++;
      return;
    }
    if (this.onetable.receive(message, { headers: raw.headers, data: callback }) === 'duplicate') this.duplicates++;
  }

  status(): Record<string, unknown> {
    return { duplicateMessages: this.duplicates, ignoredMessages: this.ignored, lastOtherGroup: this.lastOtherGroup };
  }
}
