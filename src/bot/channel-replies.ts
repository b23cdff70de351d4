// FOR_THE_BOT: a staff member's message in the channel without an @ to the bot is read as a reply to the bot (figures
// filed, a question answered) only when it is meant for the bot; any other chat between members stays unanswered.
// It is meant for the bot when the member owes the bot an answer (an ask of theirs was sent and is still open) and
// either
// - NAMES_WHAT_THEY_OWE: it asks about an item of those asks, named (its name or an alias, two characters or more):
//   低保户数是报户数还是人数？ is the bot's business. A figure said there without an @ (低保户数12户) is not filed: in the
//   group it may be a draft or talk between colleagues, and a wrong figure is worse than one the clerk sends the bot;
// - ANSWERS_THE_LAST_ASK: it is a question pointing at what was asked (这个表什么时候交？ / 这个数报到哪天？) while the
//   bot's ask is its last word to them (they have not written to the bot since it went out).
// A message that @-mentions another member (listed by the platform, or @name in its text) is for that member.
import { isQuestion, saysReported } from '../domain/reply/intents.js';
import { parseReply } from '../domain/reply/parse.js';
import type { FieldDef } from '../domain/types.js';
import type { AskRecord } from '../store/asks.js';
import type { BotDeps, Turn } from './context.js';
import { remainingLines } from './todo.js';

/** Words pointing at what the bot asked: 这个表 / 这张表 / 这个数 / 这些数据 / 报表 / 表格, or when it is due. */
const POINTS_AT_THE_ASK = /这(?:个|张|份|些|项|几项)?(?:表|数|报表|表格|数据|任务)|报表|表格|(?:什么时候|哪天|几号|几点|啥时候)(?:交|报|截止|要)|截止/;

/** Whether a staff member's channel message without an @ is meant for the bot (see the rules above). */
export function meantForTheBot(deps: BotDeps, turn: Turn): boolean {
  const { message } = turn;
  if (message.chat.kind !== 'channel' || message.mentionsBot || message.mentions?.length) return false;
  const text = turn.text.trim();
  // @白沙文书 … (a platform that does not list the mentions): for that member
  if (!text || (text.includes('@') && deps.store.roster.snapshot().members.some((m) => text.includes(`@${m.name}`)))) return false;
  const owed = deps.store.asks.openOf(turn.member.id).filter((a) => a.sentAt !== null);
  if (!owed.length) return false;
  const question = isQuestion(text);
  const names: string[] = [];
  for (const key of new Set(owed.map((a) => a.field))) {
    const f = deps.store.fields.get(key);
    if (f) names.push(...[f.label, ...f.aliases].filter((n) => n.length >= 2));
  }
  if (question && names.some((n) => text.includes(n))) return true;
  if (!question || !POINTS_AT_THE_ASK.test(text)) return false;
  const lastAsk = Math.max(...owed.map((a) => a.sentAt!.getTime()));
  const since = deps.store.messages.lastFrom({ kind: 'dm', memberId: turn.member.id }, turn.member.id, turn.lineId);
  return !since || since.at.getTime() < lastAsk;
}

/** A figure: digits, or a Chinese numeral with its measure word (低保户数132 / 一百三十二户). */
const A_FIGURE = /\d|[零〇一二两三四五六七八九十百千万]+\s*(?:户|人|家|处|个|件|次|元|万)/;

/**
 * FIGURES_LEFT_IN_THE_CHANNEL: 朱沱镇：低保户数132，低保人数208 posted in the group by a member who owes the bot those items
 * (asked, or about to be). It is not filed (see above: in the group a figure may be a draft), and it was left without a
 * word, so the clerk believed it reported. The bot tells them in private that it was not recorded and how to send it.
 */
export function tellFiguresLeftInTheChannel(deps: BotDeps, turn: Turn): boolean {
  const { message } = turn;
  if (message.chat.kind !== 'channel' || message.mentionsBot || message.mentions?.length) return false;
  const text = turn.text.trim();
  if (!A_FIGURE.test(text) || text.includes('@')) return false;
  const owed = deps.store.asks.openOf(turn.member.id);
  const names = [...new Set(owed.map((a) => a.field))].flatMap((key) => {
    const f = deps.store.fields.get(key);
    return f ? [f.label, ...f.aliases].filter((n) => n.length >= 2) : [];
  });
  if (!names.some((n) => text.includes(n)) && !givesFiguresFor(deps, turn, owed)) return false;
  const quoted = text.length > 20 ? `${text.slice(0, 20)}…` : text;
  deps.outbound.say({ kind: 'dm', memberId: turn.member.id }, {
    text: `你在群里发的“${quoted}”我没有记录（群里的数可能是草稿或同事间的讨论）。要报送的话，请把这些数私信发给我，或在群里@${deps.settings().botName} 再发一次，我会记下并告诉你还差什么。`,
  }, { replyTo: turn.lineId });
  return true;
}

/**
 * CLAIMED_REPORTED_IN_THE_CHANNEL: 茶山竹海街道已报 / 我们都报了 posted in the group by a member who owes the bot items it asked
 * for, with no figure: the group saw a unit say it was done while the bot holds nothing of it, and nobody said so. The bot
 * tells them in private what it has not got (as it does when they say so to it: SAID_REPORTED_ELSEWHERE, replies.ts).
 */
export function tellClaimedReportedInTheChannel(deps: BotDeps, turn: Turn): boolean {
  const { message } = turn;
  if (message.chat.kind !== 'channel' || message.mentionsBot || message.mentions?.length || !turn.member.unit) return false;
  const text = turn.text.trim();
  if (A_FIGURE.test(text) || text.includes('@') || text.length > 30 || isQuestion(text) || !saysReported(text)) return false;
  if (!deps.store.asks.openOf(turn.member.id).some((a) => a.sentAt !== null)) return false;
  const owed = remainingLines(deps, turn.member.id, turn.member.unit);
  if (owed[0] !== '还差：') return false;
  deps.outbound.say({ kind: 'dm', memberId: turn.member.id }, {
    text: [`你在群里说“${text}”，但我这里还没有收到下面这些数据。如果是在别的系统、邮箱或表格里报的，也请在这里直接回复一遍数字，例如“低保户数：120”。`, ...owed].join('\n'),
  }, { replyTo: turn.lineId });
  return true;
}

/**
 * FIGURES_FOR_WHAT_THEY_OWE: 朱沱镇：低保132户208人 names neither 低保户数 nor 低保人数, yet the reply reader binds its figures to
 * them by their measure words: the message gives figures for items the member owes, so it is told as one naming them is.
 */
function givesFiguresFor(deps: BotDeps, turn: Turn, owed: AskRecord[]): boolean {
  const { store } = deps;
  const candidates = owed.map((a) => ({ field: store.fields.get(a.field), period: a.period, answered: false }))
    .filter((c): c is { field: FieldDef; period: string | null; answered: boolean } => c.field !== undefined);
  if (!candidates.length) return false;
  const roster = store.roster.snapshot();
  const unitName = roster.units.find((u) => u.id === turn.member.unit)?.name ?? '';
  const parsed = parseReply(turn.text, { at: turn.message.at, timezone: deps.settings().timezone, candidates, dictionary: store.fields.matchable(), unitName });
  // (我们3个人下午去走访: a figure the reader would only hold with a question, 是指低保人数吗, is chat)
  return parsed.values.some((v) => !v.confirm) || parsed.choices.length > 0;
}
