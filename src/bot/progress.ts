// PROGRESS_QUESTION: 朱沱镇报了没有？ / 今天有哪些数据还没报？ / 还有谁没报 — a lead or an admin asking the bot who has reported.
// Asked in their own words, it was "not understood" and answered with the help text.
import type { BotDeps } from './context.js';
import { askFieldsOf } from './collect.js';
import type { CommandCall } from './command-registry.js';
import { fieldLabel, unitName } from './render.js';
import { todoText } from './todo.js';

/** The words of a question about who has reported, ending a message of one short line (a question mark may follow). */
const ASKED_WHO_REPORTED = String.raw`(?:报了没有?|报没报|报了吗|报上来了?(?:吗|没有?)|还没(?:有)?报|没(?:有)?报(?:的|送)?(?:是|有)?(?:哪些|哪几个|谁)|未报|报齐了?(?:吗|没有?)|交了(?:吗|没有?)|谁(?:还)?没(?:有)?报|哪些(?:单位|镇街|数据)?(?:还)?没(?:有)?报)[的呢吗啊]?[？?]?`;
/** Longer than 30 characters, the message says more than a question about progress (a reminder, a notice). */
export const PROGRESS_QUESTION = new RegExp(String.raw`^(?=[^\n]{1,30}$).*${ASKED_WHO_REPORTED}$`);

export function answerProgressQuestion(deps: BotDeps, call: CommandCall): void {
  const { store } = deps;
  const roster = store.roster.snapshot();
  const named = roster.units.filter((u) => u.kind !== 'district' && (call.text.includes(u.name) || (core(u.name).length >= 2 && call.text.includes(core(u.name)))));
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

const core = (name: string): string => name.replace(/(?:街道办事处|街道|镇|乡|社区|村)$/, '');
