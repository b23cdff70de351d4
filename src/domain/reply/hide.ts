// Parts of a reply that are never figures or labels: @mentions, the unit's own name, dates, times, phone numbers,
// list numbering. They are overwritten with spaces (keeping indices) before numbers and labels are looked for.
import { blankMatches } from './normalize.js';

const MENTION = /@[^\s@:：,，;；。、\d]{0,8}/g;
/** 朱沱镇 / 中山路街道 / 华新社区 at the start of the message, of a line or after a colon (特殊家庭户数：电厂社区15户): the reporting unit, not a label. */
const UNIT_PREFIX = /(^|\n|[:：])(\s*)([\u4e00-\u9fa5]{1,8}?(?:街道办事处|街道办|街道|镇|乡|社区|居委会|村委会|村))(?=[\s:：,，(（\u4e00-\u9fa5\d])/g;
const DATE_OR_TIME = new RegExp(
  [
    '\\d{4}\\s*年(?:\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*[日号])?)?',
    '\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}',
    '\\d{1,2}\\s*月\\s*\\d{1,2}(?!\\d)(?:\\s*[日号]|(?!\\s*(?:[人户家处个具元次名件万千]|\\.\\d)))',
    '[零〇一二两三四五六七八九十]{1,3}月[零〇一二两三四五六七八九十]{1,3}[日号]',
    '\\d{1,2}\\s*[日号]',
    '\\d{1,2}[:：]\\d{2}(?!\\d)',
    '\\d{1,2}\\s*点(?:\\s*\\d{1,2}\\s*分?|半|钟)?(?=前|以前|之前|后|以后|左右|半|钟|\\d|$)',
    '1[3-9]\\d{9}',
    '\\d{3,4}-\\d{7,8}',
  ].join('|'),
  'g',
);
const LIST_NUMBER = /(^|\n)\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[、.．)）](?!\d)|[（(]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）]/g;

/** `namesField` tells whether a would-be unit name is really part of a label (行政村数量 starts like a village). */
export function hideNonFigures(text: string, namesField: (words: string) => boolean = () => false): string {
  let out = blankMatches(text, MENTION);
  out = out.replace(UNIT_PREFIX, (m, lead: string, space: string, unit: string) =>
    namesField(unit) ? m : lead + space + ' '.repeat(unit.length));
  out = blankMatches(out, DATE_OR_TIME);
  // The line break before 2. / 二、 stays: it still ends the line before (…1260万元\n4.拆违面积暂无).
  out = out.replace(LIST_NUMBER, (m) => m.replace(/[^\n]/g, ' '));
  return out;
}

/** Words with numerals in them that are not numbers (一下, 统一, 一次性, 千家万户). */
export const NUMERAL_WORDS =
  /一下|一起|一样|一般|一些|一直|一定|统一|唯一|万一|一旦|一切|一律|第一|之一|一致|一并|一次性|一户一|一人一|千家万户|一点|一会|十分|百分之|[一二三四五六七八九十]是|一方面|一遍|一趟|逐一|一一|一对一|一线|一把手|一体|一网|一表通|一同|不一|一手|一时|一度|一再|一共|一旁|一带|万分|千万/g;
