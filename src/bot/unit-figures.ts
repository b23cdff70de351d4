// UNIT_FIGURES_ASKED: 把朱沱镇的数据发我看看 / 朱沱镇报的数发我一下 / 看看松溉镇的数据 — a lead asks for what one unit has
// reported to their open requests. It went unanswered; 查询 needs an item named, and 朱沱镇报了没有 says only what is missing.
import { askFieldsOf } from './collect.js';
import type { CommandCall } from './command-registry.js';
import type { BotDeps } from './context.js';
import { fieldLabel, formatStored, unitName } from './render.js';
import { unitCore } from '../domain/reply/table.js';

/** A unit by the form of its name (its roster name is checked when the command runs): 朱沱镇, 中山路街道, 大河村. */
const UNIT = '([\\u4e00-\\u9fa5]{1,10}?(?:镇|街道|乡|村|社区))';
/** The figures: 的数据 / 报的数 / 报上来的情况 / 的报表. */
const FIGURES = '(?:报(?:送|上来)?)?的(?:数据|数字|数|情况|报表)';
/** Handed over or looked at: 发我看看 / 给我一下 / 看看. */
const HAND_OVER = '(?:发(?:我|给我)|给我|拿给我)(?:看看|看一下|一下|瞧瞧)?';
const LOOK = '(?:看看|看一下|查看|瞧瞧)';
export const UNIT_FIGURES_ASKED = new RegExp(
  `^(?:请|麻烦)?(?:把|将)?${UNIT}${FIGURES}${HAND_OVER}(?:吧)?[。！!]?$|^(?:我)?${LOOK}${UNIT}${FIGURES}[。！!？?]?$`,
);

export function answerUnitFigures(deps: BotDeps, call: CommandCall): void {
  const { store } = deps;
  const roster = store.roster.snapshot();
  const said = call.match[1] ?? call.match[2] ?? '';
  const unit = roster.units.find((u) => u.name === said || (unitCore(u.name).length >= 2 && said === unitCore(u.name)));
  if (!unit) {
    call.reply(`名册里没有“${said}”。`);
    return;
  }
  const requests = call.member.role === 'admin' ? [...store.requests.activeIn('')].reverse() : store.requests.activeBy(call.member.id);
  const lines: string[] = [];
  for (const r of requests) {
    if (!r.targets.includes(unit.id) || r.collectionId === null || r.collectionId === undefined) continue;
    const c = store.collections.get(r.collectionId);
    if (!c) continue;
    const reported: string[] = [];
    const missing: string[] = [];
    for (const key of askFieldsOf(r)) {
      const v = store.pool.get(unit.id, key, c.period);
      if (v) reported.push(`${fieldLabel(store.fields, key)} ${formatStored(v, store.fields.get(key))}`);
      else missing.push(fieldLabel(store.fields, key));
    }
    const said = !reported.length ? `还没有报（${missing.join('、')}）`
      : missing.length ? `${reported.join('、')}；还差${missing.join('、')}` : `${reported.join('、')}（已报齐）`;
    lines.push(`· r${r.id} ${r.title}：${said}`);
  }
  call.reply(lines.length
    ? [`${unitName(roster, unit.id)}报上来的数据：`, ...lines].join('\n')
    : `${unit.name}没有要报你进行中需求的数据。可以用“查询 ${unit.name} 低保户数”从数据池里查。`);
}
