// 查询 11月 低保户数 / 朱沱镇 百岁老人 多少: figures straight from the pool, never a new ask.
import { roundFloat, writeDecimal } from '../domain/numbers.js';
import { describePeriod, findPeriodMentions } from '../domain/period.js';
import type { CommandCall } from './command-registry.js';
import type { BotDeps } from './context.js';
import { askFieldsOf } from './collect.js';
import { formatStored, formatTime, memberName, unitName } from './render.js';

export function answerQuery(deps: BotDeps, call: CommandCall): void {
  const { store } = deps;
  const body = call.match[1]!;
  const roster = store.roster.snapshot();
  const tz = deps.settings().timezone;
  const units = roster.units.filter((u) => body.includes(u.name) || body.includes(u.name.replace(/(街道|镇|乡|社区|村)$/, '')));
  const mentions = findPeriodMentions(body, call.at, tz);
  const periods = mentions.map((p) => p.period);
  let rest = body;
  for (const u of units) rest = rest.split(u.name).join(' ');
  for (const p of mentions) rest = rest.replace(p.text, ' ');
  const matches = deps.parsers.fieldMatcher().match(rest.replace(/多少|是|的|数据|情况/g, ' ').trim());
  const field = matches[0]?.field;
  if (!field) {
    call.reply(`没有在数据字典里找到“${body.trim()}”对应的数据项。`);
    return;
  }
  // PERIOD_OF_THE_OPEN_ASK: (朱沱镇低保户数多少 with nothing in the pool yet: the period the lead's department is asking
  // for the item, not 不限期 — the answer said 数据池里还没有朱沱镇不限期的低保户数)
  const asked = store.requests.activeIn(call.member.department ?? '').find((r) => askFieldsOf(r).includes(field.key));
  const period = periods[0] ?? store.pool.periodsOf([field.key])[0] ?? asked?.period ?? null;
  const values = store.pool.select([field.key], period, units.length ? units.map((u) => u.id) : undefined);
  if (!values.length) {
    const whose = units.length ? units.map((u) => u.name).join('、') : '';
    call.reply(period === null
      ? `数据池里还没有${whose}的${field.label}。`
      : `数据池里还没有${whose}${describePeriod(period)}的${field.label}${asked && asked.period === period ? '（已在收集中，还没有报上来）' : ''}。`);
    return;
  }
  const lines = [`${field.label}（${describePeriod(period)}，来自数据池）：`];
  let total = 0;
  let estimated = false;
  for (const v of values) {
    if (typeof v.value === 'number') total += v.value;
    if (v.approximate) estimated = true;
    lines.push(`· ${unitName(roster, v.unit)}：${formatStored(v, field)}（${memberName(roster, v.memberId)}，${formatTime(v.at, tz)}${v.version > 1 ? `，第${v.version}版` : ''}）`);
  }
  if (values.length > 1 && (field.type === 'integer' || field.type === 'number')) {
    // A sum over an estimate is an estimate too, and says so.
    lines.push(`合计：${estimated ? '约' : ''}${writeDecimal(roundFloat(total))}${field.unit ?? ''}${estimated ? '（含约数）' : ''}`);
  }
  call.reply(lines.join('\n'));
}
