// Both transports (webhook, socket) end here: map the event, commit it to the inbox, process it later.
import * as lark from '@larksuiteoapi/node-sdk';
import type { Clock, DictionaryReader, InboundMessage, Intake, Logger, Settings } from '../../src/plugins/define.js';
import { formFromCardAction, type LarkCardActionEvent } from './card-action.js';
import { sdkLogger } from './client.js';
import type { IdentitySync } from './identities.js';
import { messageFromEvent, type LarkMessageEvent } from './message-event.js';
import type { P2pChats } from './p2p-chats.js';

export interface IntakeDeps {
  intake: Intake;
  dictionary: DictionaryReader;
  clock: Clock;
  settings: () => Settings;
  logger: Logger;
  chatId: string;
  botOpenId: () => string | null;
  identities: IdentitySync;
  p2p: P2pChats;
}

export class LarkIntake {
  received = 0;
  duplicates = 0;

  constructor(private readonly deps: IntakeDeps) {}

  message(event: LarkMessageEvent): void {
    const { deps } = this;
    const message = messageFromEvent(event, {
      chatId: deps.chatId, botOpenId: deps.botOpenId(), botName: deps.settings().botName, now: deps.clock.now(),
    });
    if (!message) return;
    if (message.chat.kind === 'dm') deps.p2p.remember(message.sender.platformUserId, message.chat.id);
    this.store(message, { sender: event.sender, message: event.message });
  }

  cardAction(event: LarkCardActionEvent): { toast: { type: string; content: string } } | undefined {
    const message = formFromCardAction(event, this.deps.dictionary, this.deps.clock.now());
    if (!message) return event.action?.form_value ? { toast: { type: 'warning', content: '请至少填写一项再提交' } } : undefined;
    this.store(message, { operator: event.operator, action: event.action, context: event.context });
    return { toast: { type: 'success', content: '已收到，正在登记' } };
  }

  /** Commit, then return at once: Lark wants an answer within 3 s, the bot's work happens after. */
  private store(message: InboundMessage, raw: unknown): void {
    this.deps.identities.sync();
    const accepted = this.deps.intake.accept(message, raw);
    this.received++;
    if (accepted.duplicate) this.duplicates++;
  }
}

export function larkEventDispatcher(intake: LarkIntake, logger: Logger): lark.EventDispatcher {
  const dispatcher = new lark.EventDispatcher({ logger: sdkLogger(logger), loggerLevel: lark.LoggerLevel.warn });
  // The SDK flattens header and event into one object; the handlers read the event's own keys.
  dispatcher.register({
    'im.message.receive_v1': async (data: unknown) => intake.message(data as LarkMessageEvent),
    'card.action.trigger': async (data: unknown) => intake.cardAction(data as LarkCardActionEvent),
  } as Record<string, (data: unknown) => Promise<unknown>>);
  return dispatcher;
}
