// Commands anyone can send: 帮助, 我的任务, 查询 …, 导出 c12, 统计, and an admin's 确认绑定.
import { describePeriod, findPeriodMentions } from '../domain/period.js';
import { askFieldsOf } from './collect.js';
import { confirmBinding } from './bindings.js';
import { collectionSheet, sheetCsv } from './export.js';
import { exportLink } from './links.js';
import type { BotDeps, Turn } from './context.js';
import { formatDeadline, formatTime, formatValue, memberName, unitName } from './render.js';
import { remainingLines } from './replies.js';

type Command = (deps: BotDeps, turn: Turn, match: RegExpExecArray) => void;

const COMMANDS: Array<[RegExp, Command]> = [
  [/^(帮助|help|\?|？|怎么用|使用说明)$/i, help],
  [/^(我的任务|我的待办|待办|任务)$/, myTasks],
  [/^导出\s*[cC](\d+)\s*$/, exportCollection],
  [/^(统计|减负统计)$/, stats],
  [/^确认绑定\s*(\S{1,20})$/, confirmBindingCommand],
  [/^(?:查询|查一下|查)\s*(.+)$/, query],
  [/^(.+?)(?:是)?多少[？?]?$/, query],
];

/** Runs a command; false when the text is none. With fallbackHelp, anything else gets the help text. */
export function runCommand(deps: BotDeps, turn: Turn, options: { fallbackHelp?: boolean } = {}): boolean {
  const text = turn.text.trim();
  for (const [re, command] of COMMANDS) {
    const m = re.exec(text);
    if (m) {
      if (command === query && turn.member.role === 'staff' && re.source.startsWith('^(.+?)')) continue;
      command(deps, turn, m);
      return true;
    }
  }
  if (options.fallbackHelp) {
    say(deps, turn, `这条消息我没有看懂。\n${helpText(turn)}`);
    return true;
  }
  return false;
}

function say(deps: BotDeps, turn: Turn, text: string, extra: Partial<Parameters<BotDeps['outbound']['say']>[1]> = {}): void {
  deps.outbound.say(turn.replyTo, { text, ...extra }, { replyTo: turn.lineId });
}

function helpText(turn: Turn): string {
  if (turn.member.role === 'staff') {
    return [
      '我是报数助手，各部门要的数据统一由我来问，同一个数只问你一次。',
      '· 直接回复数据：“低保户数：120”，或一句话“低保120户，特困4人”',
      '· 报错了：“更正：低保户数应为108”',
      '· 有疑问直接问，我会转给发布需求的负责人',
      '· “我的任务”：看还差哪些数据',
    ].join('\n');
  }
  return [
    '我是报数助手：部门需要基层报送的数据在群里发一次，我来拆解、去重、私信对口同志并汇总。',
    '· 发布需求：“请各镇街11月30日前报送本月低保户数、低保人数”',
    '· 修改最近一条需求：“截止改为12月2日”“去掉百岁老人”“加上朱沱镇”“撤回”',
    '· “查询 11月 低保户数”或“朱沱镇 百岁老人 多少”：直接从数据池取数，不用再问人',
    '· “导出 c12”：导出汇总表；“统计”：减负统计；“我的任务”：我发布的需求进度',
  ].join('\n');
}

function help(deps: BotDeps, turn: Turn): void {
  say(deps, turn, helpText(turn));
}

function myTasks(deps: BotDeps, turn: Turn): void {
  say(deps, turn, todoText(deps, turn.member.id));
}

/** The personal to-do: open asks grouped by collection, oldest deadline first; for a lead, their requests' progress. */
export function todoText(deps: BotDeps, memberId: string): string {
  const { store } = deps;
  const member = store.roster.member(memberId);
  if (!member) return '';
  if (member.role === 'staff') {
    const lines = remainingLines(deps, memberId, member.unit ?? '');
    return lines[0] === '还差：' ? ['你的待报数据：', ...lines.slice(1)].join('\n') : '你目前没有待报的数据。';
  }
  const roster = store.roster.snapshot();
  const tz = deps.settings().timezone;
  const open = store.requests.activeBy(memberId).filter((r) => store.collections.get(r.collectionId!)?.status === 'open');
  if (!open.length) return '你没有进行中的数据需求。';
  const lines = ['你发布的进行中需求：'];
  for (const r of open) {
    const c = store.collections.get(r.collectionId!)!;
    const units = r.targets;
    const asked = askFieldsOf(r);
    const done = units.filter((u) => asked.every((f) => store.pool.get(u, f, c.period)));
    const missing = units.filter((u) => !done.includes(u)).map((u) => unitName(roster, u));
    lines.push(`· r${r.id} ${r.title}：${done.length}/${units.length} 个单位已报齐，${r.deadline ? '截止' : ''}${formatDeadline(r.deadline, r.deadlineHasTime, tz)}${missing.length ? `；未齐：${missing.join('、')}` : ''}`);
  }
  return lines.join('\n');
}

function exportCollection(deps: BotDeps, turn: Turn, m: RegExpExecArray): void {
  const id = Number(m[1]);
  const c = deps.store.collections.get(id);
  if (!c) {
    say(deps, turn, `没有找到汇总 c${id}。`);
    return;
  }
  const sheet = collectionSheet(deps, id);
  const csvLink = exportLink(deps, `c${id}.csv`, turn.now);
  const xlsxLink = exportLink(deps, `c${id}.xlsx`, turn.now);
  say(deps, turn, `${sheet.title}导出，${sheet.rows.length} 个单位 × ${sheet.columns.length - 1} 项，链接7天内有效：\nCSV：${csvLink}\nExcel：${xlsxLink}`, {
    file: { name: `c${id}.csv`, content: Buffer.from(`\uFEFF${sheetCsv(sheet)}`, 'utf8'), mime: 'text/csv' },
  });
}

function stats(deps: BotDeps, turn: Turn): void {
  const { store } = deps;
  const avoided = store.counters.get('asksAvoided');
  const minutes = deps.settings().minutesPerAsk;
  say(deps, turn, [
    `累计需求 ${store.requests.count()} 条，实际询问 ${store.counters.get('asks')} 项，`,
    `避免重复询问 ${avoided} 项（其中数据池直接复用 ${store.counters.get('valuesReused')} 项），约节省基层 ${Math.round((avoided * minutes) / 6) / 10} 小时。`,
  ].join(''));
}

function confirmBindingCommand(deps: BotDeps, turn: Turn, m: RegExpExecArray): void {
  if (turn.member.role !== 'admin') {
    say(deps, turn, '只有管理员可以确认绑定。');
    return;
  }
  say(deps, turn, confirmBinding(deps, turn.member.id, m[1]!, turn.now));
}

/** 查询 11月 低保户数 / 朱沱镇 百岁老人 多少: figures straight from the pool. */
function query(deps: BotDeps, turn: Turn, m: RegExpExecArray): void {
  const { store } = deps;
  const body = m[1]!;
  const roster = store.roster.snapshot();
  const fields = store.fields.all();
  const tz = deps.settings().timezone;
  const units = roster.units.filter((u) => body.includes(u.name) || body.includes(u.name.replace(/(街道|镇|乡|社区|村)$/, '')));
  const mentions = findPeriodMentions(body, turn.message.at, tz);
  const periods = mentions.map((p) => p.period);
  let rest = body;
  for (const u of units) rest = rest.split(u.name).join(' ');
  for (const p of mentions) rest = rest.replace(p.text, ' ');
  const matches = deps.parsers.fieldMatcher().match(rest.replace(/多少|是|的|数据|情况/g, ' ').trim());
  const field = matches[0]?.field;
  if (!field) {
    say(deps, turn, `没有在数据字典里找到“${body.trim()}”对应的数据项。`);
    return;
  }
  const period = periods[0] ?? store.pool.periodsOf([field.key])[0] ?? null;
  const values = store.pool.select([field.key], period === '' ? null : period, units.length ? units.map((u) => u.id) : undefined);
  if (!values.length) {
    say(deps, turn, `数据池里还没有${units.length ? units.map((u) => u.name).join('、') : ''}${describePeriod(period)}的${field.label}。`);
    return;
  }
  const lines = [`${field.label}（${describePeriod(period)}，来自数据池）：`];
  let total = 0;
  for (const v of values) {
    if (typeof v.value === 'number') total += v.value;
    lines.push(`· ${unitName(roster, v.unit)}：${formatValue(v.value, field)}（${memberName(roster, v.memberId)}，${formatTime(v.at, tz)}${v.version > 1 ? `，第${v.version}版` : ''}）`);
  }
  if (values.length > 1 && (field.type === 'integer' || field.type === 'number')) lines.push(`合计：${Math.round(total * 100) / 100}${field.unit ?? ''}`);
  say(deps, turn, lines.join('\n'));
}

