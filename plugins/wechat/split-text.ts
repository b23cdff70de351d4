// WeChat truncates or rejects very long texts (~2,000 characters in practice): split them where a reader expects a break.

/** Splits at line boundaries into chunks of at most `limit` characters; a single longer line is cut hard. */
export function splitText(text: string, limit = 1800): string[] {
  if (text.length <= limit) return [text];
  const chunks: string[] = [];
  let current = '';
  const flush = (): void => {
    if (current.trim() !== '') chunks.push(current.replace(/\n+$/, ''));
    current = '';
  };
  for (const line of text.split('\n')) {
    const piece = current === '' ? line : `\n${line}`;
    if (current.length + piece.length <= limit) {
      current += piece;
      continue;
    }
    flush();
    for (let rest = line; rest.length > 0; rest = rest.slice(limit)) {
      if (rest.length <= limit) {
        current = rest;
        break;
      }
      chunks.push(rest.slice(0, limit));
    }
  }
  flush();
  return chunks.length ? chunks : [text.slice(0, limit)];
}
