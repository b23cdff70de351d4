// LABELS_THEN_FIGURES: a reply told in two messages, the items' names in one (六盘山镇补报更正：宣讲 卫生活动 / 金洞乡报：隐患点
// 受威胁户 受威胁人) and their figures or answers in the next, in the same order (3 7 / 18 97 352 / 200 0 搞了 建了). The
// engine pairs them when the same member sends both within a short while and nothing of theirs waits on an answer: the
// names and figures are put back together (宣讲3，卫生活动7) and read as one reply. Otherwise it asks, never guesses.
import { isPending } from '../domain/reply/intents.js';
import { COMMON_UNITS, findQuantities } from '../domain/reply/quantities.js';
import { longestSharedRun } from '../domain/reply/similarity.js';
import { unitCore } from '../domain/reply/table.js';
import type { BotDeps, Turn } from './context.js';

/** The figures follow their names within this many minutes (a clerk typing the second message at once). */
export const PAIR_WITHIN_MINUTES = 10;

/** What separates the names, or the figures, of one message. A comma between digits is a thousands separator. */
const SEPARATOR = /[\s、，；;/／]+|,(?!\d{3}(?!\d))/;
const HAN = /^[\u4e00-\u9fa5]+$/;

export interface Labels {
  /** What comes before the names: the unit and the kind of report (六盘山镇补报更正：, 杨湖村). */
  head: string;
  /** The names as written (宣讲, 卫生活动), in order. */
  labels: string[];
}

export interface SplitReply extends Labels {
  /** The figures or answers as written, in order. */
  figures: string[];
  /** The message that gave the names (its conversation line). */
  labelledIn: number;
}

function hasFigure(text: string): boolean {
  return /[0-9０-９]/.test(text) || findQuantities(text, new Uint8Array(text.length + 1), COMMON_UNITS).length > 0;
}

/**
 * A message that is only names of items the member was asked for, after the unit and the kind of report: each name
 * shares two characters running with an asked item's name (宣讲 with 移风易俗宣讲次数). Null when it says anything more.
 */
export function labelsOnly(text: string, askedNames: readonly string[], unitNames: readonly string[]): Labels | null {
  const s = text.trim().replace(/[。.！!~～]+$/, '');
  // (a place's name may hold a numeral, 六盘山镇: figures are looked for in the names only)
  // (人数等下报 / 户数还在核: a name with when its figure will come is no list of names waiting for figures)
  if (!s || /[?？0-9０-９]/.test(s) || isPending(s)) return null;
  const colon = Math.max(s.lastIndexOf('：'), s.lastIndexOf(':'));
  let head = colon >= 0 ? s.slice(0, colon + 1) : '';
  const tokens = s.slice(colon + 1).split(SEPARATOR).filter(Boolean);
  // 杨湖村 宣传材料 破坏行为…: with no colon, the unit's own name may open the list
  if (colon < 0 && tokens.length > 1 && unitNames.some((u) => unitCore(u).length >= 2 && tokens[0]!.includes(unitCore(u)))) {
    head = tokens.shift()!;
  }
  if (!tokens.length || head.length > 16) return null;
  // (低保这块不归我管: a name is mostly an asked item's words; one that shares only two characters of eight says something else)
  if (tokens.some((t) => !HAN.test(t) || hasFigure(t) || t.length < 2 || t.length > 12 || longestSharedRun(t, askedNames) < Math.max(2, t.length / 2))) return null;
  return { head, labels: tokens };
}

/**
 * A message that is only figures and short answers, in a row (3 7 / 200 0 搞了 建了): each piece is one figure alone or a
 * word or two (有, 建了), and one at least is a figure. Null when it says anything more.
 */
export function figuresOnly(text: string): string[] | null {
  const s = text.trim().replace(/[。.！!~～]+$/, '');
  if (!s || /[?？：:]/.test(s)) return null;
  const tokens = s.split(SEPARATOR).filter(Boolean);
  let figures = 0;
  for (const t of tokens) {
    const found = findQuantities(t, new Uint8Array(t.length + 1), COMMON_UNITS);
    if (found.length === 1 && found[0]!.start === 0 && found[0]!.end === t.length) figures++;
    else if (found.length || !HAN.test(t) || t.length > 4) return null;
  }
  return figures ? tokens : null;
}

/** The names and figures put back together as one reply: 六盘山镇补报更正：宣讲3，卫生活动7. */
export function joined(split: SplitReply): string {
  const body = split.labels.map((l, i) => `${l}${split.figures[i]}`).join('，');
  return split.head && !/[：:]$/.test(split.head) ? `${split.head} ${body}` : `${split.head}${body}`;
}

/**
 * This member's message as the second half of a split reply: figures only, right after a message of theirs that was
 * names only (within PAIR_WITHIN_MINUTES). Null when it is not; the counts are not compared here.
 */
export function splitReply(
  deps: BotDeps, turn: Turn, names: () => { asked: readonly string[]; units: readonly string[] },
): SplitReply | null {
  if (turn.message.chat.kind !== 'dm') return null;
  const figures = figuresOnly(turn.text);
  if (!figures) return null;
  const before = deps.store.messages.lastFrom({ kind: 'dm', memberId: turn.member.id }, turn.member.id, turn.lineId);
  if (!before || turn.message.at.getTime() - before.at.getTime() > PAIR_WITHIN_MINUTES * 60_000) return null;
  const { asked, units } = names();
  const labels = labelsOnly(before.text, asked, units);
  return labels ? { ...labels, figures, labelledIn: before.id } : null;
}

/** The one short question when the two halves cannot be put together safely. */
export function splitQuestion(split: SplitReply, why: 'count' | 'waiting' | 'unread'): string {
  const said = `“${split.figures.join(' ')}”`;
  const names = split.labels.join('、');
  const example = `例如“${split.labels[0]}${split.figures[0]}”`;
  switch (why) {
    case 'count':
      return `${said}没有记录：上一条写了${split.labels.length}项（${names}），这条是${split.figures.length}个数，对不上。请把项目和数写在一起再发一次，${example}。`;
    case 'waiting':
      return `${said}没有记录：是上一条${names}的数，还是回答我问你的问题？请把项目和数写在一起再发一次，${example}。`;
    case 'unread':
      return `${said}没有记录：和上一条的${names}对不上要你报的项目。请把项目和数写在一起再发一次，${example}。`;
  }
}
