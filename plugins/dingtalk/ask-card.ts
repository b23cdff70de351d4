// Asks as DingTalk interactive cards, from a template an admin builds in the card platform (卡片平台):
// the card shows `title` and `content` (markdown) and has one text input whose value the submit button returns as
// the param `reply`. What staff type there is read exactly like a typed reply.
import { createHash, randomUUID } from 'node:crypto';
import type { InboundMessage, OutboundMessage } from '../../src/plugins/define.js';
import type { DingtalkOpenApi } from './openapi.js';
import { cardMarkdown } from './outgoing.js';

export const TOPIC_CARD = '/v1.0/card/instances/callback';

/** Creates a card instance from the template and delivers it to the one-to-one chat of `userId` with the robot. */
export async function sendAskCard(api: DingtalkOpenApi, o: { templateId: string; robotCode: string; userId: string; message: OutboundMessage }): Promise<string> {
  const card = o.message.card!;
  // A fresh id per attempt: an instance created by a failed attempt is never delivered, and ids must be unique.
  const outTrackId = `${o.message.idempotencyKey ?? 'onetable'}-${randomUUID().slice(0, 8)}`;
  await api.post('create ask card', '/v1.0/card/instances', {
    cardTemplateId: o.templateId, outTrackId, callbackType: 'STREAM',
    cardData: { cardParamMap: { title: card.title, content: `${cardMarkdown(card)}\n\n${o.message.text}` } },
    imRobotOpenSpaceModel: { supportForward: false },
  });
  await api.post('deliver ask card', '/v1.0/card/instances/deliver', {
    outTrackId, userIdType: 1, openSpaceId: `dtv1.card//IM_ROBOT.${o.userId}`,
    imRobotOpenDeliverModel: { spaceType: 'IM_ROBOT', robotCode: o.robotCode },
  });
  return outTrackId;
}

export interface CardCallback {
  userId?: string;
  outTrackId?: string;
  type?: string;
  /** JSON: {"cardPrivateData": {"actionIds": [...], "params": {...}}} */
  value?: string;
}

/** A submitted ask card as the message it stands for, or null when it carries nothing to read. */
export function messageFromCardCallback(cb: CardCallback, now: Date): InboundMessage | null {
  if (!cb.userId || !cb.outTrackId) return null;
  let params: Record<string, unknown> = {};
  try {
    params = (JSON.parse(cb.value ?? '{}') as { cardPrivateData?: { params?: Record<string, unknown> } }).cardPrivateData?.params ?? {};
  } catch {
    return null;
  }
  const reply = typeof params.reply === 'string' ? params.reply.trim() : '';
  if (!reply) return null;
  // Cards are submitted once, but a double tap is not: the same text on the same card acts once.
  const digest = createHash('sha256').update(reply).digest('hex').slice(0, 16);
  return {
    platform: 'dingtalk',
    id: `card:${cb.outTrackId}:${digest}`,
    chat: { kind: 'dm', id: cb.userId },
    sender: { platformUserId: cb.userId },
    text: reply,
    mentionsBot: false,
    at: now,
  };
}
