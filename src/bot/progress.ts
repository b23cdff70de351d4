// PROGRESS_QUESTION: 朱沱镇报了没有？ / 今天有哪些数据还没报？ / 还有谁没报 — a lead or an admin asking the bot who has reported.
// Asked in their own words, it was "not understood" and answered with the help text.
import type { BotDeps } from './context.js';
import { askFieldsOf } from './collect.js';
import type { CommandCall } from './command-registry.js';
import { fieldLabel, unitName } from './render.js';
import { todoText } from './todo.js';
import { unitCore } from '../domain/reply/table.js';

// The parts a question about who has reported is made of (PROGRESS_QUESTION).
/** Which units or items: 谁, 哪些单位, 哪几个, 几家. */
const WHICH = String.raw`(?:谁|哪些|哪几个|哪几家|哪个|哪家|几个|几家)(?:单位|镇街|镇|街道|村|社区|数据|项)?`;
/** Not reported yet: 没报, 还没有报送, 未交, 没报上来. */
const NOT_REPORTED = String.raw`(?:还)?(?:没|未)(?:有)?(?:报|交|上报|报送|填报)(?:送|上来)?`;
/** Reported yet?: 报了没有, 报齐了吗, 交了吗, 收齐了没. */
const REPORTED_YET = String.raw`(?:报没报|报(?:了|上来了?|齐了?|完了?|全了?)(?:吗|没有?)|交(?:了|齐了?)(?:吗|没有?)|收齐了?(?:吗|没有?))`;
/** Still owing: 还差谁, 还缺哪几个. */
const STILL_OWING = String.raw`还(?:差|缺|欠)${WHICH}`;
/** How it goes: 收得怎么样了, 报的咋样. */
const HOW_IT_GOES = String.raw`(?:收|报|交)(?:得|的)?(?:怎么样|咋样|如何)了?`;
/** The words of a question about who has reported, ending a message of one short line (a question mark may follow). */
// (帮我催一下没报的 asks for a reminder: a bare 没报 ends a progress question only after 还 or as 未报)
const STILL_NOT_REPORTED = String.raw`(?:还没(?:有)?|未)(?:报|交|上报|报送|填报)(?:送|上来)?`;
const ASKED_WHO_REPORTED = String.raw`(?:${WHICH}${NOT_REPORTED}|${NOT_REPORTED}(?:的)?(?:是|有)?${WHICH}|${REPORTED_YET}|${STILL_OWING}|${HOW_IT_GOES}|${STILL_NOT_REPORTED})[的呢吗啊了]?[？?]?`;
/** Longer than 30 characters, the message says more than a question about progress (a reminder, a notice). */
export const PROGRESS_QUESTION = new RegExp(String.raw`^(?=[^\n]{1,30}$).*${ASKED_WHO_REPORTED}$`);
/**
 * In the channel a lead's 松溉镇还没报 may be a nudge to that unit: only a question (a question mark, a question word or a
 * 没有 asked at the end) is answered there as one.
 */
const ASKED_AS_A_QUESTION = /[？?]|[谁哪吗几]|没有?$|怎么样|咋样|如何|报没报/;

export function isChannelProgressQuestion(text: string): boolean {
  return PROGRESS_QUESTION.test(text) && ASKED_AS_A_QUESTION.test(text);
}

export function answerProgressQuestion(deps: BotDeps, call: CommandCall): void {
  const { store } = deps;
  const roster = store.roster.snapshot();
  const named = roster.units.filter((u) => u.kind !== 'district' && (call.text.includes(u.name) || (unitCore(u.name).length >= 2 && call.text.includes(unitCore(u.name)))));
  const leads = call.member.role === 'admin' ? roster.members.filter((m) => m.role === 'lead').map((m) => m.id) : [call.member.id];
  if (named.length !== 1) {
    if (call.member.role !== 'admin') return call.reply(todoText(deps, call.member.id));
    const lines = leads.flatMap((id) => todoText(deps, id).split('\n').filter((l) => l.startsWith('· ')));
    return call.reply(lines.length ? ['进行中的需求：', ...lines].join('\n') : '目前没有进行中的数据需求。');
  }
  const unit = named[0]!;
  const lines: string[] = [];
  for (const id of leads) {
    for (const r of store.requests.activeBy(id)) {
      if (!r.targets.includes(unit.id)) continue;
      const c = store.collections.get(r.collectionId!);
      if (!c) continue;
      const fields = askFieldsOf(r);
      const done = fields.filter((f) => store.pool.get(unit.id, f, c.period));
      const missing = fields.filter((f) => !done.includes(f)).map((f) => fieldLabel(store.fields, f));
      lines.push(`· r${r.id} ${r.title}：${missing.length ? `已报 ${done.length}/${fields.length} 项，还差${missing.join('、')}` : '已报齐'}`);
    }
  }
  call.reply(lines.length ? [`${unitName(roster, unit.id)}：`, ...lines].join('\n') : `${unit.name}目前没有要报的进行中需求。`);
}

