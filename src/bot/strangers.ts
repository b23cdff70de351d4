// Someone the roster does not know: keep the message, answer politely, and let them ask to be bound.
import type { InboundMessage } from '../chat/contract.js';
import { requestBinding } from './bindings.js';
import type { BotDeps } from './context.js';

const BIND = /^\s*绑定\s*(\S{1,20})\s*$/;

export function handleStranger(deps: BotDeps, message: InboundMessage, lineId: number, now: Date): void {
  const addressed = message.chat.kind === 'dm' || message.mentionsBot;
  if (!addressed) return;
  const bind = BIND.exec(message.text);
  if (bind && message.chat.kind === 'dm') {
    const result = requestBinding(deps, message.platform, message.sender.platformUserId, bind[1]!, now);
    if (result.kind === 'requested') {
      if (!result.repeated) {
        deps.outbound.say({ kind: 'channel' }, {
          text: `有人在${message.platform}上申请绑定为“${result.memberName}”（申请码 ${result.code}）。管理员核实是本人后，请私信我“确认绑定 ${result.code}”；不是本人申请请忽略。`,
        });
      }
      reply(deps, message, lineId, `已收到绑定申请（${result.memberName}，申请码 ${result.code}），管理员核实确认后即可使用。`);
      return;
    }
    reply(deps, message, lineId, result.kind === 'ambiguousName' ? `名册里有多位“${bind[1]}”，请联系管理员绑定。` : `名册里没有“${bind[1]}”，请联系管理员登记。`);
    return;
  }
  reply(deps, message, lineId, '你还没有在名册中登记，暂时无法报送或发布数据。请联系管理员登记，或私信我“绑定 你的姓名”。你的消息已保存。');
}

/** Answers where they wrote, on their platform only: the channel, or their own DM (they have no roster id). */
function reply(deps: BotDeps, message: InboundMessage, lineId: number, text: string): void {
  if (message.chat.kind === 'channel') {
    deps.outbound.say({ kind: 'channel' }, { text }, { replyTo: lineId, only: message.platform });
    return;
  }
  deps.outbound.say({ kind: 'stranger', platform: message.platform, userId: message.sender.platformUserId, chatId: message.chat.id }, { text }, { replyTo: lineId });
}
