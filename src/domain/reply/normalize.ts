// Length-preserving clean-up of a reply, so every index found later still points into the original message.

/**
 * Full-width digits, letters, ．％ and the ideographic space become half-width; control and zero-width characters
 * become spaces (\r becomes a newline; a tab stays). Chinese punctuation is kept: the segmenter knows both forms.
 */
export function normalizeReply(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) {
      out += String.fromCharCode(code - 0xfee0);
    } else if (code === 0xff0e) out += '.';
    else if (code === 0xff05) out += '%';
    else if (code === 0x3000) out += ' ';
    else if (code === 0x0d) out += '\n';
    else if (code === 0x0a) out += '\n';
    // a tab is kept: it is what separates a pasted spreadsheet's cells, empty (merged) ones included
    else if (code === 0x09) out += '\t';
    else if (code < 0x20 || code === 0x7f || (code >= 0x200b && code <= 0x200d) || code === 0xfeff) out += ' ';
    else out += text[i];
  }
  return out;
}

export { blank, blankMatches } from '../text/spans.js';
