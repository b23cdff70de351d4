// A clerk saying a colleague reports the figures (低保这块不归我管，是曾强在负责 / 数据让曾强报): which colleague, if any. Pure.

/**
 * HANDED_TO_A_COLLEAGUE: the colleague's name with words that give them the reporting — 是X在负责 / X负责 / 归X管 / 让X报 /
 * 找X / 交给X / 由X报 / X来报. The name must stand right at those words (a name in passing, 曾强也在, hands nothing off).
 */
const HAND_OFF = (name: string): RegExp => new RegExp(
  `(?:是|由|让|找|交给|转给|归|问)\\s*${name}|${name}\\s*(?:在|来|去)?(?:负责|管|报|填|弄|统计)`,
);

/** Words that say the writer is not the one who reports: 不归我管 / 不是我负责 / 不在…报 / 我这周在…培训. */
const NOT_MINE = /不归我|不是我|不由我|我不管|我不负责|不在我|我这(?:周|几天|两天)|我(?:在|去)[\u4e00-\u9fa5]{1,6}(?:培训|开会|学习|出差)|请假|休假/;

/**
 * The colleague (among `names`) the text hands the reporting to, or null. Either the hand-off words alone, or a colleague
 * named anywhere once the writer says it is not theirs (低保这块不归我管，曾强清楚).
 */
export function colleagueHandedTo(text: string, names: readonly string[]): string | null {
  const named = names.filter((n) => n.length >= 2 && text.includes(n));
  if (named.length !== 1) return null;
  const name = named[0]!;
  return HAND_OFF(name).test(text) || NOT_MINE.test(text) ? name : null;
}
