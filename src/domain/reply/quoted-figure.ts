// A correction that names the wrong figure instead of its item (208不对，应该是211): the figure quoted is looked up among
// the unit's figures on file, and the one it matches is the item corrected.
import type { FieldDef, FieldValue } from '../types.js';
import { unitFit } from './bind.js';
import { COMMON_UNITS, findQuantities, type Quantity } from './quantities.js';
import { checkNumber } from './values.js';

/** A figure the unit has on file for an item it was asked. */
export interface FigureOnFile {
  field: FieldDef;
  period: string | null;
  value: FieldValue;
}

export type QuotedCorrection =
  /** The quoted figure is the one on file for exactly this item: the new figure corrects it (already checked). */
  | { kind: 'corrects'; field: FieldDef; period: string | null; value: number | string | boolean; raw: string; quoted: string }
  /** The new figure fails the item's checks (a fraction of a count, a negative): nothing is stored, the reason is said. */
  | { kind: 'invalid'; field: FieldDef; period: string | null; raw: string; reason: string };

/**
 * WRONG_SAID_OF_THE_FIGURE: what may stand between the quoted figure and the new one — the figure said wrong (不对, 有误,
 * 错了, 写错了, 报错了, 打错了, 不准), said to be another period's (是上个月的), or the verb that replaces it (改成, 改为,
 * 更正为, 换成).
 */
const WRONG_SAID_OF_THE_FIGURE = /不对|有误|错了|写错|报错|打错|填错|弄错|搞错|不准|是上个?月的|是上期的|是去年的|改成|改为|更正为|换成/;

/**
 * NEW_FIGURE_SAID: the words right before the new figure that make it the right one: 应该是 / 应为 / 正确的是 / 实际是 / 是 / 为,
 * or the replacing verb (改成 / 改为 / 更正为 / 换成), with a word of when (这个月, 本月) allowed before them.
 */
const NEW_FIGURE_SAID = /(?:应该?(?:是|为)|应当是|正确的?(?:是|为|数是)|准确的?(?:是|为|数是)|实际(?:上)?(?:是|为)|改成|改为|更正为|换成|(?:这个月|本月|当月)?(?:是|为))\s*$/;

/** Words that may open such a message before the quoted figure: an apology, 刚才 / 上面 / 报的 / 把 / 那个. */
const OPENING = /^(?:不好意思|抱歉|对不起|sorry)?[，,、\s]*(?:刚才|刚刚|上面|之前|前面)?(?:报|发|写|填)?的?(?:那个|这个)?(?:把)?\s*$/i;

/**
 * QUOTED_FIGURE_CORRECTED: 208不对，应该是211 / 报的208有误，应为211 / 208写错了 是211 / 把208改成211 / 不好意思，208是上个月的，
 * 这个月是211 — a message of exactly two figures that names no item: the first quoted as wrong (WRONG_SAID_OF_THE_FIGURE
 * after it, nothing but OPENING before it), the second said as the right one (NEW_FIGURE_SAID). When exactly one figure on
 * file equals the quoted one (in a measure that fits its item), the second corrects that item. Null otherwise: a quoted
 * figure matching two items, or none, is the normal reader's (which asks).
 */
export function quotedFigureCorrection(text: string, onFile: readonly FigureOnFile[], namesAnItem: boolean): QuotedCorrection | null {
  if (namesAnItem) return null;
  const found = findQuantities(text, new Uint8Array(text.length + 1), COMMON_UNITS);
  if (found.length !== 2) return null;
  const [quoted, next] = found as [Quantity, Quantity];
  if (!OPENING.test(text.slice(0, quoted.start))) return null;
  const between = text.slice(quoted.end, next.start);
  if (!WRONG_SAID_OF_THE_FIGURE.test(between) || !NEW_FIGURE_SAID.test(between)) return null;
  if (!/^[\s。.！!了的吧啊哈]*$/.test(text.slice(next.end))) return null;
  if (quoted.approximate || quoted.tentative || quoted.bound || next.approximate || next.tentative || next.bound) return null;
  const matches = onFile.filter((f) => typeof f.value === 'number' && unitFit(quoted.unit, f.field.unit) >= 0
    && checkNumber(quoted, f.field).ok && (checkNumber(quoted, f.field) as { value: unknown }).value === f.value);
  if (matches.length !== 1) return null;
  const { field, period } = matches[0]!;
  if (unitFit(next.unit, field.unit) < 0) return null;
  const checked = checkNumber(next, field);
  if (!checked.ok) return { kind: 'invalid', field, period, raw: next.raw, reason: checked.reason };
  return { kind: 'corrects', field, period, value: checked.value, raw: next.raw, quoted: quoted.raw };
}
