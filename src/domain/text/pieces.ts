// Lines, sentences and clauses of a text as spans, so that whatever is read from a piece keeps its place in the text.
// Brackets and quotation marks hold their own punctuation: （含一至四级，已注销的不计入） is one piece of a clause.

export interface Piece {
  start: number;
  end: number;
  text: string;
}

const OPENERS = '（(“《【「‘';
const CLOSERS = '）)”》】」’';

const SENTENCE_ENDS = new Set(['。', '；', ';', '！', '!', '？', '?']);
const CLAUSE_ENDS = new Set(['，', ',']);

function piece(text: string, start: number, end: number): Piece {
  return { start, end, text: text.slice(start, end) };
}

/** The non-blank lines of `text`. */
export function lines(text: string): Piece[] {
  const out: Piece[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== '\n') continue;
    if (text.slice(start, i).trim()) out.push(piece(text, start, i));
    start = i + 1;
  }
  return out;
}

/**
 * Splits [start, end) of `text` at the characters in `breaks` that are outside brackets and quotation marks; a break
 * character stays with the piece it ends. Blank pieces are dropped.
 */
function splitTopLevel(text: string, start: number, end: number, breaks: Set<string>): Piece[] {
  const out: Piece[] = [];
  let depth = 0;
  let from = start;
  for (let i = start; i < end; i++) {
    const ch = text[i]!;
    if (OPENERS.includes(ch)) depth++;
    else if (CLOSERS.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && breaks.has(ch)) {
      if (text.slice(from, i).trim()) out.push(piece(text, from, i + 1));
      from = i + 1;
    }
  }
  if (text.slice(from, end).trim()) out.push(piece(text, from, end));
  return out;
}

/** Sentences of one line (。；！？ outside brackets end one). */
export function sentencesOf(text: string, line: Piece): Piece[] {
  return splitTopLevel(text, line.start, line.end, SENTENCE_ENDS);
}

/** Clauses of one sentence (，outside brackets ends one). */
export function clausesOf(text: string, sentence: Piece): Piece[] {
  return splitTopLevel(text, sentence.start, sentence.end, CLAUSE_ENDS);
}
