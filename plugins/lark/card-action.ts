// card.action.trigger from an ask form card → the same InboundMessage a typed reply would be.
import { createHash } from 'node:crypto';
import { fieldLabel, type DictionaryReader, type InboundMessage } from '../../src/plugins/define.js';

export const ASK_SUBMIT_PREFIX = 'onetable_ask_';
/** The 与上月相同 button: every prefilled figure confirmed as it stands. */
export const ASK_SAME_PREFIX = 'onetable_same_';

export interface LarkCardActionEvent {
  operator?: { open_id?: string };
  action?: { tag?: string; name?: string; value?: unknown; form_value?: Record<string, unknown> };
  context?: { open_message_id?: string; open_chat_id?: string };
}

export function formFromCardAction(event: LarkCardActionEvent, fields: Pick<DictionaryReader, 'get'>, now: Date): InboundMessage | null {
  const openId = event.operator?.open_id;
  const collectionId = collectionOf(event.action);
  if (!openId || collectionId === null) return null;
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(event.action?.form_value ?? {})) {
    const text = Array.isArray(value) ? value.join('、') : value === null || value === undefined ? '' : String(value);
    if (text.trim() !== '') values[key] = text.trim();
  }
  const same = event.action?.name?.startsWith(ASK_SAME_PREFIX) === true;
  if (!same && !Object.keys(values).length) return null;
  const text = same ? '与上月相同' : Object.entries(values).map(([k, v]) => `${fieldLabel(fields, k)}：${v}`).join('\n');
  // Card actions are never re-sent, but a double click is: the same values on the same card act once.
  const digest = createHash('sha256').update(JSON.stringify([collectionId, same, Object.entries(values).sort()])).digest('hex').slice(0, 16);
  const messageId = event.context?.open_message_id ?? 'card';
  return {
    platform: 'lark',
    id: `card:${messageId}:${openId}:${digest}`,
    chat: { kind: 'dm', id: event.context?.open_chat_id ?? openId },
    sender: { platformUserId: openId },
    text,
    mentionsBot: false,
    at: now,
    form: { collectionId, values, ...(same ? { same: true } : {}) },
  };
}

function collectionOf(action: LarkCardActionEvent['action']): number | null {
  const prefix = [ASK_SUBMIT_PREFIX, ASK_SAME_PREFIX].find((p) => action?.name?.startsWith(p));
  const fromName = prefix ? Number(action!.name!.slice(prefix.length)) : NaN;
  if (Number.isInteger(fromName) && fromName > 0) return fromName;
  const value = action?.value as { collectionId?: unknown } | undefined;
  const fromValue = Number(value?.collectionId);
  return Number.isInteger(fromValue) && fromValue > 0 ? fromValue : null;
}
