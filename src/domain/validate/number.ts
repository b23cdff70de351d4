// A figure checked against its field before it may enter the pool: type, unit, sign, bounds and precision. A figure
// that fails is never stored; the reason says in plain Chinese what is wrong, as a question the clerk can answer.
import type { FieldDef } from '../types.js';
import { roundFloat, writeDecimal } from '../numbers.js';

export type Checked =
  /** confirm: the value passed its hard checks but looks unlikely; it is held until the reporter confirms it. */
  | { ok: true; value: number | string | boolean; approximate?: boolean; confirm?: string }
  | { ok: false; reason: string };

/** What a figure read from a reply says about itself, apart from its value. */
export interface FigureTraits {
  negative?: boolean;
  /** More digits than can be kept exactly. */
  unsafe?: boolean;
  /** 约/大概/左右/多/余. */
  approximate?: boolean;
  /** 可能是88: the writer is unsure of it. */
  tentative?: boolean;
  /** The writer's words of doubt when they are not 可能 (吧我再确认下, 不算外出务工的话). */
  doubt?: string;
}

/** What the field expects, in the words shown to staff when a value cannot be used. */
export function expectation(field: FieldDef): string {
  const unit = field.unit ? `（${field.unit}）` : '';
  switch (field.type) {
    case 'integer': return `请填写整数${unit}`;
    case 'number': return `请填写数字${unit}`;
    case 'boolean': return '请回答“是”或“否”';
    case 'enum': return `请从以下选项中选择：${(field.options ?? []).join('/')}`;
    case 'date': return '请填写日期（如11月25日）';
    default: return '请填写具体内容';
  }
}

const CHANGE_RATE = /增速|增幅|增长率|增减|涨幅|变动率|变化率|同比|环比/;

/** Negative figures only where the dictionary allows them (a minimum below zero: 增减数, 增长率). */
export function allowsNegative(field: FieldDef): boolean {
  if (field.min !== undefined) return field.min < 0;
  // A rate of change with no minimum set (固定资产投资增速, 收入增幅) falls as well as rises.
  return [field.label, ...(field.aliases ?? [])].some((n) => CHANGE_RATE.test(n));
}

const AGAIN = '是不是写错了？请回复正确的数';

/** The value in the field's own unit, checked. */
export function checkNumericValue(value: number, field: FieldDef, traits: FigureTraits = {}): Checked {
  const unit = field.unit ?? '';
  const unitHint = unit ? `（${unit}）` : '';
  if (traits.unsafe || !Number.isFinite(value) || Math.abs(value) > Number.MAX_SAFE_INTEGER) {
    return { ok: false, reason: `数字位数太多，无法准确记录，${AGAIN}${unitHint}` };
  }
  if (traits.tentative) return { ok: false, reason: `说的是“${traits.doubt ?? '可能'}”，请核实后回复准确的数${unitHint}` };
  const v = roundFloat(value);
  if ((traits.negative || v < 0) && !allowsNegative(field)) return { ok: false, reason: `不能为负数，${AGAIN}${unitHint}` };
  if (field.type === 'integer' && !Number.isInteger(v)) return { ok: false, reason: `应为整数，${AGAIN}${unitHint}` };
  if (field.min !== undefined && v < field.min) return { ok: false, reason: `应不小于${writeDecimal(field.min)}${unit}，${AGAIN}${unitHint}` };
  if (field.max !== undefined && v > field.max) return { ok: false, reason: `应不大于${writeDecimal(field.max)}${unit}，${AGAIN}${unitHint}` };
  const ceiling = plausibleMax(field);
  const out: Checked = { ok: true, value: v };
  if (traits.approximate) out.approximate = true;
  if (ceiling !== null && Math.abs(v) > ceiling) out.confirm = `${writeDecimal(v)}${unit}比一般情况大很多（一般不超过${writeDecimal(ceiling)}${unit}）`;
  // 参保率0.955: a share written as a fraction for a field in %; 95.5% is likelier, so ask.
  else if (unit === '%' && v > 0 && v < 1 && !Number.isInteger(v)) out.confirm = `是${writeDecimal(v)}%，还是${writeDecimal(roundFloat(v * 100))}%？`;
  return out;
}

/**
 * Above this a figure for one grassroots unit (a village, a community, a town or a street) is unlikely enough to ask
 * about before it enters the pool: the field's own `plausibleMax`, else a ceiling for its measure word.
 */
const CEILING_BY_UNIT: Record<string, number> = {
  人: 1_000_000, 名: 1_000_000, 位: 1_000_000, 口人: 1_000_000, 户: 500_000, 人次: 5_000_000, 户次: 5_000_000, 次: 5_000_000,
  元: 10_000_000_000, 万元: 1_000_000, 千元: 10_000_000, 亿元: 100, 亩: 10_000_000, 平方米: 100_000_000, '%': 100,
};
const DEFAULT_CEILING = 1_000_000;

export function plausibleMax(field: FieldDef): number | null {
  if (field.plausibleMax !== undefined) return field.plausibleMax;
  if (field.max !== undefined) return null;
  return CEILING_BY_UNIT[field.unit ?? ''] ?? DEFAULT_CEILING;
}
