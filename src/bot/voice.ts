// 反映：… — staff speak up about a figure asked outside the channel or asked again (the complaint and suggestion channel
// the rules on government apps require). 匿名反映：… keeps no name or unit. Admins hear every report (with the name
// unless anonymous); the departments it names hear it without the reporter's name.
import type { ChatCommand, CommandCall } from './command-registry.js';
import type { BotDeps } from './context.js';
import { departmentName, unitName } from './render.js';

/** 反映：…, 匿名反映：…, 反映（匿名）：… */
export const SPEAK_UP = /^(匿名)?反映\s*(?:[(（]\s*(匿名)\s*[)）])?\s*[：:]\s*([\s\S]+)$/;

export function speakUp(deps: BotDeps, call: CommandCall): void {
  const { store } = deps;
  const text = call.match[3]!.trim();
  const anonymous = Boolean(call.match[1] || call.match[2]);
  const roster = store.roster.snapshot();
  const departments = roster.departments
    .filter((d) => [d.name, ...d.aliases].some((name) => name.length >= 2 && text.includes(name)))
    .map((d) => d.id);
  const unit = anonymous ? null : call.member.unit ?? null;
  const id = store.voiceReports.add({ at: call.now, memberId: anonymous ? null : call.member.id, unit, text, departments });
  const who = anonymous ? '一位同志（匿名）' : `${call.member.name}${unit ? `（${unitName(roster, unit)}）` : ''}`;
  for (const admin of roster.members.filter((m) => m.role === 'admin' && m.id !== call.member.id)) {
    deps.outbound.say({ kind: 'dm', memberId: admin.id }, { text: `【基层反映 F${id}】${who}：${text}` }, { initiated: true });
  }
  const leads = roster.members.filter((m) => m.role === 'lead' && m.department && departments.includes(m.department));
  for (const lead of leads) {
    deps.outbound.say({ kind: 'dm', memberId: lead.id }, {
      text: `【基层反映 F${id}】有基层同志反映（不显示反映人）：${text}\n如确需这些数据，请在工作群发布需求，已有的数会直接从数据池取用，不必再向基层要。`,
    }, { initiated: true });
  }
  const told = leads.length ? `，并转告${[...new Set(leads.map((l) => departmentName(roster, l.department!)))].join('、')}（不显示你的姓名）` : '';
  call.reply(`已收到你的反映（编号 F${id}），管理员会处理${told}。${anonymous ? '这是匿名反映，没有记录你的姓名和单位。' : '如需匿名，可以发“匿名反映：…”。'}`);
}

export function speakUpCommand(deps: BotDeps): ChatCommand {
  return { name: 'speak-up', pattern: SPEAK_UP, run: (c) => speakUp(deps, c) };
}
