// A short title for a request: the 关于…的通知 line (公文 often put the issuing office on the line above), else the
// first clause.
const MAX_TITLE = 40;
const HEADLINE_LINES = 3;

export function requestTitle(text: string): string {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const first = lines[0] ?? '';
  const about = lines.slice(0, HEADLINE_LINES).map((l) => /关于.{2,60}?(?:通知|函|提示|安排)/.exec(l)).find(Boolean);
  let title = about ? about[0] : first.replace(/^【[^】]{0,24}】/, '').replace(/^[^:：,，。]{1,12}[:：]/, '').split(/[,，。；;!！?？]/)[0] ?? '';
  title = title.replace(/\s+/g, ' ').trim();
  if (!title) title = first.trim();
  return [...title].slice(0, MAX_TITLE).join('');
}
