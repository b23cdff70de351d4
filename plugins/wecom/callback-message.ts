// A decrypted WeCom application callback (a member writing to the app) as the message onetable stores.
import type { InboundMessage } from '../../src/plugins/define.js';

const LABELS: Record<string, string> = { image: '[图片]', voice: '[语音]', video: '[视频]', location: '[位置]', link: '[链接]', file: '[文件]' };

/** Events that are not someone saying something (opening the app, following it): stored nowhere, answered with 200. */
const SILENT_EVENTS = new Set(['enter_agent', 'subscribe', 'unsubscribe', 'view', 'click', 'LOCATION']);

export interface CallbackContext {
  agentId: number;
  now: Date;
}

/** The message, or null for what is not addressed to onetable (other apps' callbacks, silent events, no sender). */
export function messageFromCallback(x: Record<string, string>, ctx: CallbackContext): InboundMessage | null {
  const userId = x.FromUserName;
  if (!userId || Number(x.AgentID) !== ctx.agentId) return null;
  const type = x.MsgType ?? '';
  if (type === 'event' && SILENT_EVENTS.has(x.Event ?? '')) return null;
  const created = Number(x.CreateTime);
  const at = Number.isFinite(created) && created > 0 ? new Date(created * 1000) : ctx.now;
  // Messages carry MsgId; events do not, and the sender with its time and kind identify them.
  const id = x.MsgId || `${userId}:${x.CreateTime ?? ''}:${x.Event ?? type}`;
  const text = type === 'text' ? (x.Content ?? '') : type === 'event' ? `[${x.Event ?? '事件'}]` : (LABELS[type] ?? `[${type}]`);
  return {
    platform: 'wecom',
    id,
    // An application receives only what members write to it one-to-one.
    chat: { kind: 'dm', id: userId },
    sender: { platformUserId: userId },
    text: text.trim(),
    mentionsBot: false,
    at,
  };
}
