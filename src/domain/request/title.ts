// A short title for a request: the 关于…的通知 line, else the first clause.
const MAX_TITLE = 40;

export function requestTitle(text: string): string {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const first = lines[0] ?? '';
  const about = /关于.{2,60}?(?:通知|函|提示|安排)/.exec(first);
  let title = about ? about[0] : first.replace(/^【[^】]{0,24}】/, '').replace(/^[^:：,，。]{1,12}[:：]/, '').split(/[,，。；;!！?？]/)[0] ?? '';
  title = title.replace(/\s+/g, ' ').trim();
  if (!title) title = first.trim();
  return [...title].slice(0, MAX_TITLE).join('');
}
