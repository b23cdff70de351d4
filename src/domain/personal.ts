// Personal information (个人信息保护法; art. 28 lists ID numbers among sensitive data): which dictionary fields hold
// it, where ID-card and mobile numbers sit in a text, and how a value is masked for those who may not read it.
import { partSpans, readAnatomy } from './request/anatomy.js';
import { isContactOrAttachmentLine } from './request/text.js';
import type { FieldDef } from './types.js';

/**
 * What a field's name says about its values: an ID or certificate number, a telephone, a home address, or a list of
 * people (名单). Read from the label and aliases, so a field a notice or an admin adds is covered as well.
 */
const PERSONAL_NAME = /身份证|证件号|护照|手机|电话|住址|家庭地址|居住地|户籍地|名单/;

/**
 * A field whose values are personal: marked so in the dictionary (`personal: true`), or, unless marked
 * `personal: false`, a text field whose name says it holds one of the kinds above. Counts (名单人数) are figures.
 */
export function isPersonalField(field: Pick<FieldDef, 'label' | 'aliases' | 'type' | 'personal'>): boolean {
  if (field.personal !== undefined) return field.personal;
  return field.type === 'text' && [field.label, ...field.aliases].some((name) => PERSONAL_NAME.test(name));
}

export interface PersonalNumber {
  kind: 'id-card' | 'mobile';
  start: number;
  end: number;
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** A resident ID number (GB 11643): 17 digits and the ISO 7064 MOD 11-2 check character. */
export function isIdCardNumber(text: string): boolean {
  if (!/^\d{17}[\dX]$/i.test(text)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(text[i]) * ID_WEIGHTS[i]!;
  return ID_CHECK[sum % 11] === text[17]!.toUpperCase();
}

// Full-width digits map one to one, so positions in the folded text are positions in the original.
const fold = (text: string): string => text.replace(/[０-９Ｘｘ]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));

/** 18 characters standing alone (not inside a longer run of digits or letters). */
const ID_CANDIDATE = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g;
/**
 * A mainland mobile number: 1[3-9] and nine more digits, written whole or as 138 1234 5678 / 138-1234-5678, after an
 * optional +86; not a figure followed by its measure (15000000000元 is an amount).
 */
const MOBILE = /(?<![0-9A-Za-z+.])(?:\+?86[\s-]?)?1[3-9]\d(?:\d{8}|[\s-]\d{4}[\s-]\d{4})(?![0-9A-Za-z.]|\s*(?:元|万|亿|户|人|个|次|件|吨|亩|平方|米|公里|%|％|‰))/g;

/** ID-card numbers (check digit valid) and mobile numbers in a text, in text order. */
export function findPersonalNumbers(text: string): PersonalNumber[] {
  const folded = fold(text);
  const found: PersonalNumber[] = [];
  for (const m of folded.matchAll(ID_CANDIDATE)) {
    if (isIdCardNumber(m[0])) found.push({ kind: 'id-card', start: m.index, end: m.index + m[0].length });
  }
  // A mobile number cannot overlap an ID number: neither may touch another digit.
  for (const m of folded.matchAll(MOBILE)) found.push({ kind: 'mobile', start: m.index, end: m.index + m[0].length });
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The numbers a channel message should not have carried: every ID-card number, and each mobile number outside a
 * contact part (联系人：吴涛 13983045678 at a notice's foot is its writer's published work contact, not someone's data).
 */
export function exposedPersonalNumbers(text: string): PersonalNumber[] {
  if (lastExposed?.text === text) return lastExposed.numbers;
  const numbers = findPersonalNumbers(text);
  const contacts = numbers.some((n) => n.kind === 'mobile') ? contactSpans(text) : [];
  // Both lists are in text order: one pass.
  let c = 0;
  const exposed = numbers.filter((n) => {
    while (c < contacts.length && contacts[c]![1] < n.end) c++;
    const inContact = c < contacts.length && contacts[c]![0] <= n.start;
    return n.kind === 'id-card' || !inContact;
  });
  lastExposed = { text, numbers: exposed };
  return exposed;
}

// The message is stored and then handled: both ask about the same text, one after the other.
let lastExposed: { text: string; numbers: PersonalNumber[] } | null = null;

/** Past this length a message is not read whole for its parts: only its contact lines (联系人：… / 电话：…) count. */
const ANATOMY_MAX = 20_000;

function contactSpans(text: string): Array<[number, number]> {
  if (text.length <= ANATOMY_MAX) return partSpans(readAnatomy(text), ['contact']);
  const spans: Array<[number, number]> = [];
  let at = 0;
  for (const line of text.split('\n')) {
    if (isContactOrAttachmentLine(line)) spans.push([at, at + line.length]);
    at += line.length + 1;
  }
  return spans;
}

/** 138****5678, 110***********002X: the first three and last four digits, the rest starred. */
export function maskNumber(number: string): string {
  const digits = [...number];
  let seen = 0;
  const total = digits.filter((ch) => /[0-9０-９Xx]/.test(ch)).length;
  return digits.map((ch) => {
    if (!/[0-9０-９Xx]/.test(ch)) return ch;
    seen++;
    return seen <= 3 || seen > total - 4 ? ch : '*';
  }).join('');
}

/** The text with the given numbers masked and everything else as it was. */
export function maskNumbersIn(text: string, numbers: readonly PersonalNumber[]): string {
  let out = '';
  let at = 0;
  for (const n of numbers) {
    out += text.slice(at, n.start) + maskNumber(text.slice(n.start, n.end));
    at = n.end;
  }
  return out + text.slice(at);
}

/** Every ID-card and mobile number in the text masked, links left whole (a signed link's digits are not a number). */
export function maskPersonalNumbers(text: string): string {
  return text.split(/(https?:\/\/\S+)/).map((part, i) => (i % 2 ? part : maskNumbersIn(part, findPersonalNumbers(part)))).join('');
}

/**
 * A personal value as someone who may not read it sees it: ID and mobile numbers keep their first three and last
 * four digits, every other word or number keeps its first character (张三、李四 → 张*、李*).
 */
export function maskPersonalText(text: string): string {
  const numbers = findPersonalNumbers(text);
  let out = '';
  let at = 0;
  const rest = (part: string): string => part.replace(/[\p{L}\p{N}]+/gu, (word) => {
    const chars = [...word];
    return chars[0]! + '*'.repeat(chars.length - 1);
  });
  for (const n of numbers) {
    out += rest(text.slice(at, n.start)) + maskNumber(text.slice(n.start, n.end));
    at = n.end;
  }
  return out + rest(text.slice(at));
}

/** What chat shows in place of a personal value (the channel, the digest and DMs alike): that it arrived, never what it is. */
export const PERSONAL_VALUE_IN_CHAT = '已收到（个人信息，不在聊天中显示）';
