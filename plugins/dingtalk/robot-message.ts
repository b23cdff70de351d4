// A DingTalk robot callback (Stream topic /v1.0/im/bot/messages/get) as the message onetable stores.
import type { InboundMessage } from '../../src/plugins/define.js';

export interface DingtalkAtUser {
  dingtalkId?: string;
  staffId?: string;
}

/** The fields of the robot callback that onetable reads (the payload carries more). */
export interface DingtalkRobotMessage {
  msgId?: string;
  msgtype?: string;
  /** '1': one-to-one chat with the robot; '2': a group. */
  conversationType?: string;
  conversationId?: string;
  conversationTitle?: string;
  senderStaffId?: string;
  senderNick?: string;
  chatbotUserId?: string;
  isInAtList?: boolean;
  atUsers?: DingtalkAtUser[];
  createAt?: number;
  text?: { content?: string };
  content?: {
    recognition?: string;
    fileName?: string;
    richText?: Array<{ text?: string; type?: string }>;
  };
}

const LABELS: Record<string, string> = { picture: '[图片]', video: '[视频]', file: '[文件]', audio: '[语音]' };

export interface RobotMessageContext {
  /** The consolidated group: other groups the robot is in are ignored. */
  conversationId: string;
  now: Date;
}

/** The message as onetable sees it, or null for what it must not act on (other groups, no sender, no id). */
export function messageFromRobot(m: DingtalkRobotMessage, ctx: RobotMessageContext): InboundMessage | null {
  const staffId = m.senderStaffId;
  if (!m.msgId || !staffId || !m.conversationId) return null;
  const group = m.conversationType === '2';
  if (group && m.conversationId !== ctx.conversationId) return null;
  const mentioned = (m.atUsers ?? []).filter((u) => u.dingtalkId !== m.chatbotUserId);
  const others = mentioned.map((u) => u.staffId).filter((id): id is string => !!id);
  const created = Number(m.createAt);
  return {
    platform: 'dingtalk',
    id: m.msgId,
    // A one-to-one chat is addressed by the person's userId: that is what the robot sends to.
    chat: group ? { kind: 'channel', id: m.conversationId } : { kind: 'dm', id: staffId },
    sender: { platformUserId: staffId, ...(m.senderNick ? { name: m.senderNick } : {}) },
    text: textOf(m).trim(),
    // Group callbacks arrive only when the robot is @-mentioned; isInAtList says so explicitly.
    mentionsBot: group && (m.isInAtList ?? (m.atUsers ?? []).some((u) => u.dingtalkId === m.chatbotUserId)),
    ...(others.length ? { mentions: others } : {}),
    at: Number.isFinite(created) && created > 0 ? new Date(created) : ctx.now,
  };
}

function textOf(m: DingtalkRobotMessage): string {
  switch (m.msgtype) {
    case 'text':
      return m.text?.content ?? '';
    case 'richText':
      return (m.content?.richText ?? []).map((part) => part.text ?? (part.type === 'picture' ? '[图片]' : '')).join('');
    case 'audio':
      // DingTalk transcribes voice messages; the transcript is what the person said.
      return m.content?.recognition || LABELS.audio!;
    case 'file':
      return m.content?.fileName ? `[文件] ${m.content.fileName}` : LABELS.file!;
    default:
      return LABELS[m.msgtype ?? ''] ?? `[${m.msgtype ?? '消息'}]`;
  }
}
