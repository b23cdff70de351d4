// 我的数据 (我的数据 低保): a staff member's own unit's figures in the pool, newest period first, with their history.
import { describePeriod } from '../domain/period.js';
import type { ChatCommand, CommandCall } from './command-registry.js';
import type { BotDeps } from './context.js';
import { formatTime, formatStored, memberName, unitName } from './render.js';

const MAX_LINES = 30;

export function myData(deps: BotDeps, call: CommandCall): void {
  const { store } = deps;
  const unit = call.member.unit;
  if (!unit) {
    call.reply('“我的数据”查的是本单位报过的数。负责人可以发“查询 低保户数”看各单位的数。');
    return;
  }
  const word = (call.match[1] ?? '').trim();
  const roster = store.roster.snapshot();
  const tz = deps.settings().timezone;
  const values = store.pool.ofUnit(unit).filter((v) => {
    if (!word) return true;
    const f = store.fields.get(v.field);
    return f !== undefined && (f.label.includes(word) || f.aliases.some((a) => a.includes(word)));
  });
  if (!values.length) {
    call.reply(`${unitName(roster, unit)}还没有${word ? `“${word}”相关的` : ''}数据入库。`);
    return;
  }
  const lines = values.slice(0, MAX_LINES).map((v) => {
    const f = store.fields.get(v.field);
    const history = store.pool.history(v.unit, v.field, v.period);
    const earlier = history.length > 1
      ? `；此前 ${history.slice(0, -1).map((h) => formatStored(h, f)).join('→')}`
      : '';
    return `· ${describePeriod(v.period)} ${f?.label ?? v.field}：${formatStored(v, f)}（${memberName(roster, v.memberId)}，${formatTime(v.at, tz)}${earlier}）`;
  });
  const more = values.length > MAX_LINES ? `\n……共 ${values.length} 项，可加关键词，如“我的数据 低保”。` : '';
  call.reply(`【${unitName(roster, unit)}的数据】${word ? `“${word}”相关 ` : ''}${values.length} 项：\n${lines.join('\n')}${more}\n报错了可以说“更正：低保户数应为…”。`);
}

export function myDataCommand(deps: BotDeps): ChatCommand {
  // (帮我看看我报了什么 / 我们报过哪些数据？: the same question in a clerk's words)
  return { name: 'my-data', pattern: /^(?:我的数据|(?:帮我)?(?:看看|看一下|查查|查一下)?我们?(?:都)?(?:报|填)(?:了|过)(?:什么|哪些|啥)(?:数据?)?[？?]?|我们?报过的数据?)(?:\s+(\S.*))?$/, run: (c) => myData(deps, c) };
}

/**
 * MY_FIGURE_ASKED: 刚才报的低保户数是多少来着 / 我报的人数是几 — a clerk asking what they reported for an item: the unit's figures
 * for it (it was answered "no data found").
 */
const MY_FIGURE_ASKED = /^(?:我们?)?(?:刚才|刚刚|之前|上次|前面|已经)?(?:报|填)(?:的|过的|上去的)([\u4e00-\u9fa5]{2,12}?)(?:是)?(?:多少|几)(?:来着)?[呢啊呀]?[？?]?$/;

export function myFigureCommand(deps: BotDeps): ChatCommand {
  return { name: 'my-figure', pattern: MY_FIGURE_ASKED, run: (c) => myData(deps, c) };
}
