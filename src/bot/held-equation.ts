// A held figure confirmed by saying what its measure word stands for: 30户就是30个孩子 after “30户”是30人吗？.
import { unitFit } from '../domain/reply/bind.js';
import { COMMON_UNITS, findQuantities } from '../domain/reply/quantities.js';

/** The words that equate two figures: 就是 / 也就是 / 即 / 等于 / =. */
const EQUATES = /^\s*(?:也?就是|即是?|等于|=|＝)\s*$/;
/** 一户一个 / 每户一个 / 每户1人: the ratio that explains the equation. */
const RATIO = /^\s*(?:一|每)\s*[\u4e00-\u9fa5]{1,2}\s*(?:都是|就|是)?\s*(?:一|1)\s*[\u4e00-\u9fa5]{1,2}\s*$/;
const CLAUSE_END = /[，。；;！!\n]+|,(?!\d)|(?<!\d),/;

export interface Equated {
  /** What follows the equation and is not its ratio, to be read as a report of its own ('' when nothing). */
  rest: string;
}

/**
 * EQUATED_RESTATEMENT: the held figure said, then 就是 and the same number in a measure that does not contradict the
 * item's unit (30户就是30个孩子，一户一个 for a count of children held as “30户”是30人吗？): the reporter confirms the figure.
 * A ratio clause after it (一户一个) explains the equation; anything else after is read as a report of its own.
 * Null when the reply opens with anything else.
 */
export function equatedRestatement(text: string, held: { value: unknown; raw: string }, fieldUnit: string | undefined): Equated | null {
  const clauses = text.trim().split(CLAUSE_END);
  const first = clauses[0] ?? '';
  const figures = findQuantities(first, new Uint8Array(first.length + 1), COMMON_UNITS);
  if (figures.length !== 2) return null;
  const [said, equal] = figures as [typeof figures[0], typeof figures[0]];
  if (said.value !== held.value || equal.value !== held.value || said.approximate || equal.approximate) return null;
  // the held figure as quoted back (30户), with at most a 是 before it
  if (!/^\s*是?\s*$/.test(first.slice(0, said.start)) || !held.raw.includes(said.raw)) return null;
  if (!EQUATES.test(first.slice(said.end, equal.start))) return null;
  if (unitFit(equal.unit, fieldUnit) < 0) return null;
  // 30个孩子: the noun after the figure names what was counted; another figure or a question there is no restatement
  if (/[\d?？吗]/.test(first.slice(equal.end))) return null;
  const rest = clauses.slice(1).filter((c) => c.trim() !== '' && !RATIO.test(c));
  return { rest: rest.join('，') };
}
