// A channel message carrying ID-card or mobile numbers (a grid worker once posted 600 residents' ID numbers in a group):
// the sender is asked to send such data by private message, and the bot never repeats the numbers. The raw message
// stays in the inbox (stored before anything acts on it); the conversation copy others read keeps them masked.
import type { InboundMessage } from '../chat/contract.js';
import { exposedPersonalNumbers, maskNumbersIn, type PersonalNumber } from '../domain/personal.js';
import type { Member } from '../domain/types.js';
import type { BotDeps } from './context.js';

/** The message's text as the conversation keeps it: in the channel, exposed personal numbers masked. */
export function visibleText(message: InboundMessage): string {
  if (message.chat.kind !== 'channel') return message.text;
  const numbers = exposedPersonalNumbers(message.text);
  return numbers.length ? maskNumbersIn(message.text, numbers) : message.text;
}

/** Warns in the channel when the message carried exposed numbers; true when it did. The message is still handled. */
export function warnAboutPersonalNumbers(deps: BotDeps, message: InboundMessage, member: Member | null, lineId: number, now: Date): boolean {
  if (message.chat.kind !== 'channel') return false;
  const numbers = exposedPersonalNumbers(message.text);
  if (!numbers.length) return false;
  const what = describe(numbers);
  const who = member ? `${member.name}，` : '';
  deps.outbound.say({ kind: 'channel' }, {
    text: `【提醒】${who}请不要在群里发送身份证号、手机号等个人信息（刚才的消息含${what}）。这类信息请私信发给我，我只保存、不在聊天中显示；请尽快撤回群里的原消息。本系统保存的群聊记录中，这些号码已遮盖。`,
    ...(member ? { mentions: [member.id] } : {}),
  }, { replyTo: lineId });
  deps.store.audit.record(now, member?.id ?? `?${message.platform}:${message.sender.platformUserId}`, 'personal.channel-warning', null, {
    message: lineId, idCards: numbers.filter((n) => n.kind === 'id-card').length, mobiles: numbers.filter((n) => n.kind === 'mobile').length,
  });
  return true;
}

function describe(numbers: readonly PersonalNumber[]): string {
  const ids = numbers.filter((n) => n.kind === 'id-card').length;
  const mobiles = numbers.length - ids;
  return [ids ? `身份证号 ${ids} 个` : '', mobiles ? `手机号 ${mobiles} 个` : ''].filter(Boolean).join('、');
}
