// Lark message content (a JSON string per message type) to plain text.

const LABELS: Record<string, string> = {
  image: '[图片]', file: '[文件]', audio: '[语音]', media: '[视频]', sticker: '[表情]', interactive: '[卡片]',
  share_chat: '[群名片]', share_user: '[个人名片]', location: '[位置]', folder: '[文件夹]',
};

interface PostElement {
  tag?: string;
  text?: string;
  user_id?: string;
  user_name?: string;
  href?: string;
}

interface PostBody {
  title?: string;
  content?: PostElement[][];
}

export function contentToText(messageType: string, content: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch {
    return LABELS[messageType] ?? `[${messageType}]`;
  }
  if (messageType === 'text') return typeof (parsed as { text?: unknown }).text === 'string' ? (parsed as { text: string }).text : '';
  if (messageType === 'post') return postToText(parsed);
  return LABELS[messageType] ?? `[${messageType}]`;
}

function postToText(parsed: unknown): string {
  const body = pickPost(parsed);
  if (!body) return '';
  const lines = (body.content ?? []).map((paragraph) => paragraph.map(elementText).join(''));
  return [body.title ?? '', ...lines].filter((l) => l.trim() !== '').join('\n');
}

/** Received posts carry {title, content}; sent ones may be wrapped in a locale ({zh_cn: {…}}). */
function pickPost(parsed: unknown): PostBody | null {
  if (!parsed || typeof parsed !== 'object') return null;
  const p = parsed as Record<string, unknown>;
  if (Array.isArray(p.content)) return p as PostBody;
  const locale = Object.values(p).find((v) => v && typeof v === 'object' && Array.isArray((v as PostBody).content));
  return (locale as PostBody | undefined) ?? null;
}

function elementText(e: PostElement): string {
  switch (e.tag) {
    case 'text':
    case 'a':
    case 'code_block':
    case 'md':
      return e.text ?? '';
    case 'at':
      // In received posts user_id is the mention key (@_user_1), resolved with the message's mentions.
      return e.user_id?.startsWith('@_') ? e.user_id : `@${e.user_name ?? ''}`;
    case 'img':
      return '[图片]';
    case 'media':
      return '[视频]';
    default:
      return e.text ?? '';
  }
}
