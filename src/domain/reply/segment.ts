// Splits a reply into sentences (。；！？ and line breaks) and clauses (，、 and brackets inside a sentence).

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
}

export interface Clause {
  start: number;
  end: number;
  text: string;
  /** Index of the sentence it belongs to. */
  sentence: number;
  /** Inside round brackets: an aside (15户（失独11户、伤残4户）) that breaks down or explains a figure. */
  aside: boolean;
}

export interface Segments {
  sentences: Sentence[];
  clauses: Clause[];
}

const SENTENCE_BREAKS = new Set(['。', '；', ';', '！', '!', '？', '?', '\n', '…']);
const CLAUSE_BREAKS = new Set(['，', ',', '、', '（', '）', '(', ')', '【', '】', '[', ']', '《', '》', '～', '~']);

const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';

/** A comma inside 1,280 or 3，456 groups digits; it does not end a clause. */
function isThousandsComma(text: string, i: number): boolean {
  return (
    (text[i] === ',' || text[i] === '，') && isDigit(text[i - 1]) && isDigit(text[i + 1]) && isDigit(text[i + 2]) && isDigit(text[i + 3]) &&
    !isDigit(text[i + 4])
  );
}

/** 120户/200人, 低保120户/特困8人: a slash between items; not one between two digits (120/200, 12/5) nor 元/人. */
function isListSlash(text: string, i: number): boolean {
  const ch = text[i];
  if (ch !== '/' && ch !== '／') return false;
  if (isDigit(text[i - 1]) && isDigit(text[i + 1])) return false;
  // a rate: 300元/人, 5次/月
  return /[\d\s]/.test(text[i + 1] ?? '') || !/^[人户月年天日次个亩吨]/.test(text.slice(i + 1));
}

export function segmentReply(text: string): Segments {
  const sentences: Sentence[] = [];
  const clauses: Clause[] = [];
  let sentenceStart = 0;
  let clauseStart = 0;
  let depth = 0;
  const closeClause = (end: number): void => {
    if (end > clauseStart) {
      clauses.push({ start: clauseStart, end, text: text.slice(clauseStart, end), sentence: sentences.length, aside: depth > 0 });
    }
    clauseStart = end + 1;
  };
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i];
    const atEnd = i === text.length;
    if (atEnd || SENTENCE_BREAKS.has(ch!)) {
      closeClause(i);
      if (i > sentenceStart) {
        sentences.push({ index: sentences.length, start: sentenceStart, end: i, text: text.slice(sentenceStart, i) });
      }
      sentenceStart = i + 1;
      depth = 0;
    } else if ((CLAUSE_BREAKS.has(ch!) && !isThousandsComma(text, i)) || isListSlash(text, i)) {
      closeClause(i);
      if (ch === '（' || ch === '(') depth++;
      else if ((ch === '）' || ch === ')') && depth > 0) depth--;
    }
  }
  return { sentences, clauses };
}

/** Spans of round brackets, [open, close] inclusive of the brackets, outermost only; an unclosed one runs to the line end. */
export function bracketSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let open = -1;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '（' || ch === '(') {
      if (depth++ === 0) open = i;
    } else if ((ch === '）' || ch === ')') && depth > 0) {
      if (--depth === 0) spans.push([open, i + 1]);
    } else if (ch === '\n' && depth > 0) {
      spans.push([open, i]);
      depth = 0;
    }
  }
  if (depth > 0) spans.push([open, text.length]);
  return spans;
}
