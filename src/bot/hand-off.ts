// HANDED_TO_A_COLLEAGUE: a clerk who says a colleague of their unit reports the figures (低保这块不归我管，是曾强在负责) got
// "no data found". The colleague is told what the unit still owes (the unit's asks are answered by whoever of it reports),
// and the clerk hears who was told.
import { colleagueHandedTo } from '../domain/reply/hand-off.js';
import type { BotDeps, Turn } from './context.js';
import { remainingLines } from './todo.js';
import { unitName } from './render.js';

/** The line that answers the clerk, or null when the message hands nothing to a colleague or nothing is owed. */
export function handOff(deps: BotDeps, turn: Turn, unit: string): string | null {
  const roster = deps.store.roster.snapshot();
  const colleagues = roster.members.filter((m) => m.role === 'staff' && m.unit === unit && m.id !== turn.member.id);
  const name = colleagueHandedTo(turn.text, colleagues.map((m) => m.name));
  const colleague = colleagues.find((m) => m.name === name);
  if (!colleague) return null;
  const owed = remainingLines(deps, turn.member.id, unit);
  if (owed[0] !== '还差：') return null;
  deps.outbound.say({ kind: 'dm', memberId: colleague.id }, {
    text: `${turn.member.name}说${unitName(roster, unit)}的以下数据由你报送：\n${owed.slice(1).join('\n')}\n直接回复我即可，一条消息可以报多项，例如“低保户数：120”。`,
  }, { initiated: true });
  return `好的，已私信${colleague.name}，请他报送下面这些；他报了之后就不会再提醒你。`;
}
