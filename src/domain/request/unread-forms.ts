// A notice that hands in forms named only by a code or a heading (601-1表、609表 / 墙体材料统计表（一）、（二）), with a due
// day, when the request parser read no item out of it: the bot cannot know what the forms hold, so it registers nothing
// and asks the lead for the items (see bot/leads.ts) instead of guessing or staying silent.
import { readAnatomy, withoutParts } from './anatomy.js';
import { hasAskVerb, looksLikeReminder } from './detect.js';
import { findUnitsDeadline } from './units-deadline.js';
import { prepareText } from '../text/normalize.js';

/** 601-1表 / X603表 / QP110表 / 206-1表: a form named by its code. */
const FORM_CODE = /(?<![A-Za-z\d])[A-Z]{0,3}\d{3}(?:-\d{1,2})?表/g;
/** 墙体材料统计表（一） / 统计表(二): a form named by a heading and a number. */
const NUMBERED_FORM = /[\u4e00-\u9fa5]{0,20}表\s*[(（][一二三四五六七八九十]{1,3}[)）]/g;

/** The forms such a notice names (at most three), or none when it is no such notice. */
export function formsNamedOnly(text: string, at: Date, timezone: string, botName: string): string[] {
  const anatomy = readAnatomy(prepareText(text, botName));
  const body = withoutParts(anatomy, ['contact', 'attachment', 'signature']);
  // (a reminder of an earlier ask, 提醒：…请抓紧, is no new notice to ask about)
  if (!hasAskVerb(body) || looksLikeReminder(body) || !findUnitsDeadline(anatomy, at, timezone)) return [];
  const names = [
    ...[...body.matchAll(FORM_CODE)].map((m) => m[0]),
    ...[...body.matchAll(NUMBERED_FORM)].map((m) => m[0]),
  ].map((n) => n.trim()).filter(Boolean);
  return [...new Set(names)].slice(0, 3);
}
