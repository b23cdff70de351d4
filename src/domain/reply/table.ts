// A table pasted into a reply (from a spreadsheet or typed with spaces): a header row of labels, then rows that
// each start with a label. It is read by its layout: the header names what each column holds and each row's first
// cell names what the row is for (a period, a unit, or an item), and rewritten as plain statements the parser reads
// like any other reply (月份 出生 死亡 / 10月 3 2 → 10月：出生3，死亡2。).

const CELL_SPLIT = /\t+|[ \u3000]+|[|｜]/;
/** A figure cell: a number with its measure word, a percentage, or a dash / 无 for none (万寿路 is a name, not 万). */
const FIGURE_CELL = /^(?:[-+]?\d+(?:[.,]\d+)*(?:万|千)?[\u4e00-\u9fa5%]{0,3}|[零〇一二两三四五六七八九十][零〇一二两三四五六七八九十百千万]*[\u4e00-\u9fa5]{0,2}|无|暂无|没有|不涉及|无此情况|暂无数据|暂无统计|未统计|[-—–/])$/;
/** A cell that answers a yes/no column (是否开展产销对接活动 / 是, 台账 / 否). */
const YES_NO_CELL = /^(?:是|否|有|√|×)$/;
/** A cell that says none in words (无, 暂无, 没有, 不涉及, 无此情况): 0, as the sentence readers take it. */
const NONE_CELL = /^(?:无|暂无|没有|不涉及|无此情况)$/;
const UNIT_NAME = /^[\u4e00-\u9fa5]{1,10}?(?:街道办事处|街道办|街道|镇|乡|社区|居委会|村委会|村|组|小区)$/;
const UNIT_SUFFIX = /(?:街道办事处|街道办|街道|镇|乡|社区|居委会|村委会|村)$/;
const TOTAL = /^(?:合计|总计|小计|共计|全镇|全街道|汇总)$/;
const PERIOD_WORD = /(?:\d{1,2}|[一二三四五六七八九十]{1,3})月|季度|上半年|下半年|全年|本月|上月|当月|本周|上周|\d{4}年?/;

export interface TableReading {
  /** The reply with each table replaced by plain statements. */
  text: string;
  /** Row or column labels naming another unit than the reporter's: not read. */
  otherUnits: string[];
}

function cells(line: string): string[] {
  return line.trim().split(CELL_SPLIT).filter((c) => c.length > 0);
}

/** 6月销号 / 10月新增: a header cell opened by a period's name is that period's item, a label, not a figure. */
const PERIOD_LED_LABEL = /^(?:\d{1,2}月|\d{4}年|[一二三四五六七八九十]{1,3}月|[一二三四]季度)[\u4e00-\u9fa5]/;
/**
 * AGE_LED_LABEL: 80岁以上 / 65周岁以上老人 / 14岁以下: a cell opened by an age names a band of people, an item's label (a
 * header over the figures), never a figure of a row: no item is counted in 岁.
 */
const AGE_LED_LABEL = /^\d{1,3}周?岁/;
/** 10月 and 2026年 are labels, not figures. */
const isFigure = (cell: string): boolean => FIGURE_CELL.test(cell) && !/(?:月|年|季度|周)$/.test(cell) && !PERIOD_LED_LABEL.test(cell) && !AGE_LED_LABEL.test(cell);
/**
 * YES_NO_CELLS: a row of figures may answer yes/no columns too (860 715 21.5 2.45 是; 是 是 否 406 1 0): such a cell is a
 * value of the row when the row has a figure besides.
 */
const isRowValue = (cell: string): boolean => isFigure(cell) || YES_NO_CELL.test(cell);
const isFigureRow = (row: string[]): boolean => row.every(isRowValue) && row.some(isFigure);

/** A unit's name without its suffix (石桥 for 石桥村, 中山路 for 中山路街道). */
export function unitCore(unit: string): string {
  return unit.replace(UNIT_SUFFIX, '');
}
const core = unitCore;

/** Whether a unit named in the reply is the reporter's own (石桥 for 石桥村, 中山路街道办事处 for 中山路街道). */
export function isOwnUnit(named: string, own: string | undefined): boolean {
  if (!own) return true;
  const a = core(named);
  const b = core(own);
  return a === b || (a.length >= 2 && b.startsWith(a)) || (b.length >= 2 && a.startsWith(b));
}

/** The measure word a column header implies (户数 → 户, 救助人次 → 人次, 金额（元） → 元). */
const HEADER_UNIT = /(人次|户次|万元|元|户|人|家|处|个|件|起|次|座|辆|亩)(?:数|数量|总数)?[)）]?$/;

/**
 * DASH_NOT_KNOWN: — / - / / in a cell is left blank on purpose: none, not applicable or not known yet, which the reader
 * cannot tell apart, so the cell gives no figure (无 is none, 0).
 */
// (暂无数据 / 暂无统计 / 未统计 in a cell: not known yet, no figure either.)
const DASH = /^(?:[-—–/]+|暂无数据|暂无统计|未统计)$/;

/** 清运垃圾（吨）/ 补贴（万元）: a measure word in brackets at the end of a header, whatever it measures. */
const BRACKETED_UNIT = /[（(]\s*([\u4e00-\u9fa5%]{1,3})\s*[)）]$/;

/**
 * A header's label without the measure word in brackets at its end (已收购（担） → 已收购): the measure goes with the
 * figure (2460担), so the label is not parted from its figure by a bracket, which would leave 已收购 standing alone
 * like an answer of its own.
 */
function headerLabel(header: string): string {
  const label = header.replace(BRACKETED_UNIT, '');
  return label || header;
}

/** A cell as a figure with the header's measure word when it has none of its own (户数 12 → 12户, 清运垃圾（吨） 36.5 → 36.5吨). */
function figure(cell: string, header = ''): string {
  if (NONE_CELL.test(cell)) return '0';
  // (a yes/no cell is said after its header as an answer: 台账：否)
  if (YES_NO_CELL.test(cell)) return `：${cell}；`;
  const unit = /^[-+]?[\d.,]+$/.test(cell) ? HEADER_UNIT.exec(header)?.[1] ?? BRACKETED_UNIT.exec(header)?.[1] : undefined;
  return unit ? `${cell}${unit}` : cell;
}


/** Column headers that name no item, only the figure of the row's own (项目 / 数量, 指标 / 数值). */
const VALUE_COLUMN = /^(?:数量|数值|数据|数字|填报数|上报数|本期数?|指标值|值|完成数|统计数)$/;

interface Block {
  start: number;
  end: number;
  header: string[];
  rows: string[][];
}

/** Consecutive lines forming a table: a header without figures and at least one row of label + figures. */
function findBlocks(lines: string[], namesUnit: (cell: string) => boolean): Block[] {
  const blocks: Block[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const header = cells(lines[i]!);
    if (header.length < 2 || header.some(isFigure)) continue;
    const rows: string[][] = [];
    let j = i + 1;
    // 户数 人数 / 12 20: a single row of figures under the header, with no label of its own.
    const bare = j < lines.length ? cells(lines[j]!) : [];
    if (bare.length === header.length && isFigureRow(bare) && (j + 1 >= lines.length || cells(lines[j + 1]!).length < 2)) {
      blocks.push({ start: i, end: j + 1, header, rows: [['', ...bare]] });
      i = j;
      continue;
    }
    for (; j < lines.length; j++) {
      const row = cells(lines[j]!);
      const width = row.length - 1;
      if (width < 1 || (isRowValue(row[0]!) && !UNIT_NAME.test(row[0]!) && !namesUnit(row[0]!)) || !isFigureRow(row.slice(1))) break;
      if (width !== header.length && width !== header.length - 1) break;
      rows.push(row);
    }
    if (rows.length === 0) continue;
    blocks.push({ start: i, end: j, header, rows });
    i = j - 1;
  }
  return blocks;
}

function rewrite(
  block: Block, ownUnit: string | undefined, otherUnits: string[], speaksFor: (name: string) => boolean, rosterName: (name: string) => string | null,
): string[] {
  const width = block.rows[0]!.length - 1;
  const columns = block.header.length === width ? block.header : block.header.slice(1);
  // Columns that are periods or units: each row is an item, read column by column.
  const transposed = columns.every((c) => PERIOD_WORD.test(c) || UNIT_NAME.test(c));
  const out: string[] = [];
  if (transposed) {
    columns.forEach((column, k) => {
      const unit = UNIT_NAME.test(column);
      if (unit && !isOwnUnit(column, ownUnit) && !speaksFor(column)) {
        otherUnits.push(column);
        return;
      }
      const parts = block.rows.filter((r) => r.length - 1 === width).filter((r) => !DASH.test(r[k + 1]!)).map((r) => `${r[0]}${figure(r[k + 1]!, r[0])}`);
      if (!parts.length) return;
      out.push(`${column}：${parts.join('，')}。`);
    });
    return out;
  }
  // 金紫山 for 金紫山社区: a row label that names a unit the reporter speaks for, without its suffix, is that unit.
  const fullName = (label: string): string | null => (UNIT_NAME.test(label) || TOTAL.test(label) ? null : rosterName(label));
  const unitRows = block.rows.filter((r) => UNIT_NAME.test(r[0]!) || fullName(r[0]!) !== null);
  const ownRow = unitRows.some((r) => isOwnUnit(r[0]!, ownUnit));
  for (const row of block.rows) {
    const label = row[0]!;
    let prefix = fullName(label) ?? label;
    if (UNIT_NAME.test(prefix)) {
      // the unit's name stays at the start of its line: it says whose figures follow
      if (!isOwnUnit(label, ownUnit) && !speaksFor(label)) {
        otherUnits.push(label);
        continue;
      }
    } else if (TOTAL.test(label)) {
      // A town clerk's 合计 under its villages is the town's own figure (read only if the town was asked for it),
      // unless the town has a row of its own; its line names the town so it is not read as the last village's.
      if (ownRow || unitRows.length === 0 || !ownUnit) continue;
      prefix = ownUnit;
    }
    // A row for a unit, a period or the whole table has items for columns, and each column's bracketed measure goes
    // with its figure; a row for an item (小麦 under 项目 | 面积（亩）) keeps the column's whole header.
    const itemsInColumns = !label || UNIT_NAME.test(prefix) || TOTAL.test(label) || PERIOD_WORD.test(label);
    const columnLabel = (header: string): string => (itemsInColumns ? headerLabel(header) : header);
    // 项目 | 数量: a column that only says "the figure" adds nothing to the row's label (低保户数 143)
    const parts = row.slice(1).map((cell, k) => (DASH.test(cell) ? '' : VALUE_COLUMN.test(columns[k] ?? '') ? figure(cell, label) : `${columnLabel(columns[k] ?? '')}${figure(cell, columns[k])}`))
      .filter((part) => part);
    if (!parts.length) continue;
    // a unit's row starts its own line, as a clerk would type it: 石桥村：户数12户，人数20人。
    out.push(`${prefix}${prefix ? '：' : ''}${parts.join('，')}。`);
  }
  return out;
}

/**
 * MERGED_HEADER: a header pasted from a spreadsheet with merged cells comes as stacked rows (改厕 over 户数 and 受益人数,
 * （吨） under 清运垃圾). Tab-separated rows without figures right above a row of figures are one header: each column's
 * label is its cells read down, a merged cell (followed by empty ones in its row) standing over every column it spans.
 * A top row with a single cell is a title over the table, not part of any label.
 */
function mergeStackedHeaders(lines: string[]): string[] {
  const tabbed = (line: string): string[] | null => (line.includes('\t') ? line.split('\t').map((c) => c.trim()) : null);
  const headerLike = (line: string): boolean => {
    const row = tabbed(line);
    return !!row && row.filter((c) => c).length >= 1 && !row.some((c) => c && isFigure(c));
  };
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let j = i;
    while (j < lines.length && headerLike(lines[j]!)) j++;
    const below = j < lines.length ? cells(lines[j]!) : [];
    if (j - i < 2 || below.length < 2 || !below.slice(1).every(isFigure)) {
      out.push(lines[i]!);
      continue;
    }
    let stack = lines.slice(i, j).map((l) => tabbed(l)!);
    if (stack[0]!.filter((c) => c).length === 1) stack = stack.slice(1);
    const width = Math.max(...stack.map((r) => r.length));
    const labels = Array.from({ length: width }, (_, c) => stack.map((row, r) => {
      if (row[c] || r === stack.length - 1) return row[c] ?? '';
      // an empty cell right of a filled one in an upper row: the merged cell spans it
      for (let k = c - 1; k >= 0; k--) if (row[k]) return row[k]!;
      return '';
    }).join(''));
    out.push(labels.join('\t'));
    i = j - 1;
  }
  return out;
}

/**
 * COMMA_SEPARATED_ROWS: 低保户数,低保人数,特困供养人数 / 128,203,12 — a table saved as CSV: a row of labels split by commas,
 * then rows of as many bare numbers split the same way (a row's first cell may be its label). Read as one run of digits,
 * 128,203 was the figure 128203. Such rows are cells split by tabs; a comma anywhere else stays a comma (32,000元 is one
 * figure).
 */
const COMMA = /[,，]/;
const BARE_NUMBER = /^\d+(?:\.\d+)?$/;

function commaRowsAsCells(text: string): string {
  const lines = text.split('\n');
  let changed = false;
  for (let i = 0; i + 1 < lines.length; i++) {
    const head = lines[i]!.trim().split(COMMA).map((c) => c.trim());
    if (head.length < 2 || head.some((c) => !c || /\d/.test(c) || CELL_SPLIT.test(c))) continue;
    let j = i + 1;
    for (; j < lines.length; j++) {
      const row = lines[j]!.trim().split(COMMA).map((c) => c.trim());
      // (村名,低保户数 / 大河村,32: a row may open with its own label under the header's first cell)
      if (row.length !== head.length || !row.slice(1).every((c) => BARE_NUMBER.test(c)) || !row[0]) break;
    }
    if (j === i + 1) continue;
    for (let k = i; k < j; k++) lines[k] = lines[k]!.trim().split(COMMA).map((c) => c.trim()).join('\t');
    changed = true;
    i = j - 1;
  }
  return changed ? lines.join('\n') : text;
}

/** The reply with its tables rewritten as statements; null when it holds no table (the common case, kept cheap). */
export function readTables(
  text: string, ownUnit?: string, speaksFor: (name: string) => boolean = () => false, rosterName: (name: string) => string | null = () => null,
): TableReading | null {
  if (!text.includes('\n')) return null;
  text = commaRowsAsCells(text);
  if (!/\S[ \t\u3000|｜]+\S/.test(text)) return null;
  const lines = mergeStackedHeaders(text.split('\n'));
  // (七里 for 七里村: a row label that names a unit the reporter speaks for is a label, numerals and all)
  const blocks = findBlocks(lines, (cell) => rosterName(cell) !== null);
  if (!blocks.length) return null;
  const otherUnits: string[] = [];
  const out: string[] = [];
  let at = 0;
  for (const b of blocks) {
    out.push(...lines.slice(at, b.start), ...rewrite(b, ownUnit, otherUnits, speaksFor, rosterName));
    at = b.end;
  }
  out.push(...lines.slice(at));
  return { text: out.join('\n'), otherUnits };
}
