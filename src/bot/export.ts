// Exports of a collection: CSV and XLSX where figures are numbers (Excel can sum them), units sit in the header,
// and an ask not yet answered shows one marker, 未报, explained in a legend.
import { writeDecimal } from '../domain/numbers.js';
import { describePeriod } from '../domain/period.js';
import { isPersonalField, maskPersonalText } from '../domain/personal.js';
import type { FieldDef, FieldValue } from '../domain/types.js';
import { collectionNeeds } from './collect.js';
import type { BotDeps } from './context.js';
import type { ExportLayout } from '../store/export-layouts.js';
import { unitName } from './render.js';
import { responsibleMember } from './roles.js';

export const NOT_REPORTED = '未报';

export type Cell = string | number;

/** Under a sheet whose personal values are masked: where the full values can be had, and on what condition. */
export const MASKED_NOTE = '带 * 的是个人信息（身份证号、电话、住址、名单等），已遮盖；需要完整信息请管理员在后台导出并写明用途（留痕）';

const isPersonal = (f: FieldDef | undefined): boolean => f !== undefined && isPersonalField(f);

export interface ExportSheet {
  title: string;
  columns: string[];
  rows: Cell[][];
  /** What the markers mean: goes under the CSV and into the workbook's 说明 sheet. */
  legend: string[];
}

/** Chinese column headers: 低保户数（户）. */
export function fieldHeader(f: { label: string; unit?: string | null | undefined }): string {
  return f.unit ? `${f.label}（${f.unit}）` : f.label;
}

/** Whether a file shows personal values as they are or masked (138****5678, 张*). */
export type Reveal = 'full' | 'masked';

/** A stored value as a spreadsheet cell: numbers stay numbers, yes/no as 是/否; an estimate reads 约380, never as exact. */
export function cellOf(value: FieldValue, approximate = false): Cell {
  if (typeof value === 'boolean') return value ? '是' : '否';
  return approximate ? `约${typeof value === 'number' ? writeDecimal(value) : value}` : value;
}

/** A field's cell in an export: a personal value masked unless the file may show it in full. */
function exportCell(value: FieldValue, approximate: boolean, field: FieldDef | undefined, reveal: Reveal): Cell {
  if (reveal === 'masked' && field && isPersonalField(field)) return maskPersonalText(String(value));
  return cellOf(value, approximate);
}

/** The fields a collection's sheet has columns for. */
export function collectionFields(deps: BotDeps, collectionId: number): FieldDef[] {
  const keys = [...new Set(collectionNeeds(deps, collectionId).map((n) => n.field))];
  return keys.flatMap((k) => deps.store.fields.get(k) ?? []);
}

/** The units × fields sheet of a collection, from the pool (personal values masked unless `reveal` is full). */
export function collectionSheet(deps: BotDeps, collectionId: number, reveal: Reveal = 'masked'): ExportSheet {
  const { store } = deps;
  const c = store.collections.get(collectionId)!;
  const roster = store.roster.snapshot();
  const fields = store.fields.all();
  const needs = collectionNeeds(deps, collectionId);
  const fieldKeys = [...new Set(needs.map((n) => n.field))];
  const units = [...new Set(needs.map((n) => n.unit))];
  const needed = new Set(needs.map((n) => `${n.unit}\u0000${n.field}`));
  let blanks = false;
  let estimates = false;
  const rows = units.map((u) => [
    unitName(roster, u),
    ...fieldKeys.map((k): Cell => {
      if (!needed.has(`${u}\u0000${k}`)) {
        blanks = true;
        return '';
      }
      const v = store.pool.get(u, k, c.period);
      if (v?.approximate) estimates = true;
      return v ? exportCell(v.value, !!v.approximate, store.fields.get(k), reveal) : NOT_REPORTED;
    }),
  ]);
  const columns = ['单位', ...fieldKeys.map((k) => {
    const f = fields.find((x) => x.key === k);
    return f ? fieldHeader(f) : k;
  })];
  const legend = [`${NOT_REPORTED}：已向该单位询问，尚未报送`];
  if (blanks) legend.push('空白：该单位不需要报送这一项');
  if (estimates) legend.push('约：报数人给的是约数');
  if (reveal === 'masked' && fieldKeys.some((k) => isPersonal(store.fields.get(k)))) legend.push(MASKED_NOTE);
  return { title: `汇总 c${collectionId}（${describePeriod(c.period)}）`, columns, rows, legend };
}

/** The sheet as CSV, its legend after one empty line (text in the first column: sums over the figures are unaffected). */
export function sheetCsv(sheet: ExportSheet): string {
  const text = (row: Cell[]): string[] => row.map((v) => (typeof v === 'number' ? writeDecimal(v) : v));
  return toCsv([sheet.columns, ...sheet.rows.map(text), [], [`说明：${sheet.legend.join('；')}`]]);
}

/** RFC 4180 CSV (quotes doubled, fields with commas, quotes or line breaks quoted). */
export function toCsv(rows: string[][]): string {
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function csvCell(value: string): string {
  // A leading = + - @ would run as a formula in spreadsheet programs.
  const safe = /^[=+\-@]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * A department's saved layout filled from the pool for one period: its units (those with staff who serve it) × its
 * columns, in its order and under its labels (units stay in the header, figures stay numbers).
 */
export function layoutSheet(deps: BotDeps, layout: ExportLayout, period: string | null, reveal: Reveal = 'masked'): ExportSheet {
  const { store } = deps;
  const roster = store.roster.snapshot();
  const units = roster.units.map((u) => u.id).filter((u) => responsibleMember(roster, u, layout.department) !== null);
  const rows = units.map((u) => [
    unitName(roster, u),
    ...layout.columns.map((col): Cell => {
      const v = store.pool.get(u, col.field, period);
      return v ? exportCell(v.value, false, store.fields.get(col.field), reveal) : NOT_REPORTED;
    }),
  ]);
  const columns = ['单位', ...layout.columns.map((col) => {
    const f = store.fields.get(col.field);
    return fieldHeader({ label: col.label || f?.label || col.field, unit: f?.unit });
  })];
  const legend = [`${NOT_REPORTED}：数据池里还没有这一项`];
  if (reveal === 'masked' && layout.columns.some((col) => isPersonal(store.fields.get(col.field)))) legend.push(MASKED_NOTE);
  return { title: `${layout.name}（${describePeriod(period)}）`, columns, rows, legend };
}
