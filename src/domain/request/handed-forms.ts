// The forms a notice hands in, read only when no item was: a notice whose ask names no figure but tells the units to fill
// in or send a named form by a due day (请于3月5日前将内部审计统计调查表报送…, 调查表包括《基层工会调查表》和…, 按统一要求
// 填写“每日汇总表”) asks for that form. A form counts only when the dictionary names it outright; otherwise the notice
// stays unread (the lead is asked nothing on a guess).
import type { FieldMatcher } from '../dictionary.js';

/** 《2041年度基层工会调查表》 / “灾区集中安置点疾病监测情况每日汇总表”: a form named in marks. */
const MARKED_FORM = /[《“"]([^《》“”"\n]{2,40}?(?:表|报表))[》”"]/g;
/** 将内部审计统计调查表报送 / 填写农村五保对象普查表 / 交报校办产业统计报表: a form named as what is handed in. */
const HANDED_FORM =
  /(?:将|把|填写|填报|交报|报送|上报)([\u4e00-\u9fa5]{2,30}?(?:调查表|统计表|汇总表|登记表|报表|情况表))(?=[（(]|[报送交上填，,。；;、\s]|$)/g;
/** 附件1：门户网站公开信息登记表（序号、…） / 附件：1.…统计表: a form attached by name. */
const ATTACHED_FORM = /(?:附件|附表)\s*\d{0,2}\s*[:：]?\s*(?:\d{1,2}\s*[.．、]\s*)?([^（()）\n:：、，,。；;]{2,40}?表)(?=[（(\s，,。；;]|$)/g;
/** 附件：1.…推荐表 2.…推荐名单: where one attachment ends and the next begins. */
const ATTACHMENT_ENTRY = /(?:附件|附表)\s*\d{0,2}\s*[:：]|(?:^|\s)\s*\d{1,2}\s*[.．、]|[；;\n]/;
/** An entry that names a form or a list to fill in (…表, …名单, …清单), not a rule or a higher body's document. */
const ENTRY_FORM = /^[^（()）:：，,。；;《》]{2,40}?(?:表|名单|清单)$/;
/** The year a form's name opens with (2041年度基层工会调查表) names its round, not the form. */
const YEAR_LEAD = /^\d{4}\s*年度?/;

/**
 * The field the dictionary names this form by, outright: the only close match, or among close ones the field whose own
 * name it is (基层工会调查表 beside 基层以上工会调查表).
 */
function named(name: string, matcher: FieldMatcher): string | null {
  const key = namedOutright(name, matcher);
  if (key) return key;
  // 将加盖单位公章的科普统计调查表报送: what is said of the copy handed in (盖章的, 纸质的) comes before 的; the form follows it
  const at = name.lastIndexOf('的');
  return at >= 0 && name.length - at > 4 ? namedOutright(name.slice(at + 1), matcher) : null;
}

function namedOutright(name: string, matcher: FieldMatcher): string | null {
  const form = name.replace(YEAR_LEAD, '');
  const close = matcher.match(form, 0.9);
  const [top, second] = close;
  if (top && (!second || second.score < top.score - 0.05)) return top.field.key;
  const exact = close.filter((c) => [c.field.label, ...(c.field.aliases ?? [])].some((n) => n.replace(/\s+/g, '') === form));
  return exact.length === 1 ? exact[0]!.field.key : null;
}

/** `asks`: the parts that ask (never the purpose, the background or a quoted requirement); `attachments`: the attachment lines. */
export function handedForms(asks: string, attachments: string, matcher: FieldMatcher): string[] {
  const out: string[] = [];
  const names = [
    ...[...asks.matchAll(MARKED_FORM)].map((m) => m[1]!),
    ...[...asks.matchAll(HANDED_FORM)].map((m) => m[1]!),
    ...[...attachments.matchAll(ATTACHED_FORM)].map((m) => m[1]!),
    ...attachments.split(ATTACHMENT_ENTRY).map((e) => e.trim()).filter((e) => ENTRY_FORM.test(e)),
  ];
  for (const name of names) {
    const key = named(name.trim(), matcher);
    if (key && !out.includes(key)) out.push(key);
  }
  return out;
}
