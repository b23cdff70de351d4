// The core's chat commands: 帮助, 我的任务, 导出 c12, 统计, an admin's 确认绑定, and 查询 from the pool.
import type { Member } from '../domain/types.js';
import { admissionCommands } from './admission.js';
import { confirmBinding } from './bindings.js';
import type { ChatCommand, CommandCall } from './command-registry.js';
import type { BotDeps } from './context.js';
import { collectionSheet, MASKED_NOTE, sheetCsv } from './export.js';
import { exportLink } from './links.js';
import { answerQuery } from './query.js';
import { answerProgressQuestion, PROGRESS_QUESTION } from './progress.js';
import { todoText } from './todo.js';
import { speakUpCommand } from './voice.js';
import { myDataCommand, myFigureCommand } from './my-data.js';
import { NUDGE_ASKED, nudgeOwing } from './nudge.js';
import { answerUnitFigures, UNIT_FIGURES_ASKED } from './unit-figures.js';

export function coreCommands(deps: BotDeps): ChatCommand[] {
  return [
    { name: 'help', pattern: /^(帮助|help|\?|？|怎么用|使用说明)$/i, run: (c) => c.reply(helpText(c.member)) },
    { name: 'todo', pattern: /^(我的任务|我的待办|待办|任务)$/, run: (c) => c.reply(todoText(deps, c.member.id)) },
    // TODO_ASKED: 我还差哪些没报 / 我们要报些什么 / 还有什么没填 — the same question in a clerk's words (it was forwarded to the
    // leads as a question about the notice, or answered "no data found")
    { name: 'todo-asked', pattern: TODO_ASKED, run: (c) => c.reply(todoText(deps, c.member.id)) },
    { name: 'export', unaddressed: true, pattern: /^导出\s*[cC](\d+)\s*$/, run: (c) => exportCollection(deps, c) },
    // EXPORT_THE_LATEST: 导出 / 导出表格 / 发一下汇总表 / 汇总表发我 with no number, from a lead or admin: the collection of
    // their latest active request
    { name: 'export-latest', unaddressed: true, pattern: EXPORT_ASKED, roles: ['lead', 'admin'], run: (c) => exportLatest(deps, c) },
    { name: 'stats', pattern: /^(统计|减负统计)$/, run: (c) => c.reply(statsText(deps)) },
    // LEAD_ASKS_FOR_THE_SUMMARY: 汇总 / 汇总情况 / 进度 from a lead or admin asks how their collections stand (the to-do
    // of their requests), not what the bot can do; a staff member's 汇总 passes on as before.
    { name: 'summary', unaddressed: true, pattern: /^(?:汇总|汇总情况|汇总进度|报送情况|报送进度|进度)[？?]?$/, roles: ['lead', 'admin'], run: (c) => c.reply(todoText(deps, c.member.id)) },
    {
      name: 'confirm-binding', pattern: /^确认绑定\s*(\S{1,20})$/, roles: ['admin'], refusal: '只有管理员可以确认绑定。',
      run: (c) => c.reply(confirmBinding(deps, c.member.id, c.match[1]!, c.now)),
    },
    ...admissionCommands(deps),
    speakUpCommand(deps),
    myDataCommand(deps),
    myFigureCommand(deps),
    { name: 'nudge', unaddressed: true, pattern: NUDGE_ASKED, roles: ['lead', 'admin'], run: (c) => nudgeOwing(deps, c) },
    { name: 'unit-figures', unaddressed: true, pattern: UNIT_FIGURES_ASKED, roles: ['lead', 'admin'], run: (c) => answerUnitFigures(deps, c) },
    { name: 'query', pattern: /^(?:查询|查一下|查)\s*(.+)$/, run: (c) => answerQuery(deps, c) },
    { name: 'progress', pattern: PROGRESS_QUESTION, roles: ['lead', 'admin'], broad: true, run: (c) => answerProgressQuestion(deps, c) },
    // Staff replies end in 多少 too (低保户数多少？我这边还在核): only leads and admins query this way.
    { name: 'query-how-many', pattern: /^(.+?)(?:是)?多少[？?]?$/, roles: ['lead', 'admin'], broad: true, run: (c) => answerQuery(deps, c) },
  ];
}

// The parts of TODO_ASKED.
/** What is owed: 哪些, 什么, 些什么, 哪几项. */
const WHAT_IS_OWED = '(?:哪些|什么|啥|些什么|些啥|几项|哪几项)(?:数据?|项目?)?';
/** Owed, or to be reported: 差, 缺, 要报, 需要填, 该交. */
const OWED = '(?:差|缺|欠|要报|需要报|要填|需要填|该报|得报|要交|还要报)';
/** Not sent yet: 没报, 没填, 未交. */
const NOT_SENT = '(?:没|未)(?:有)?(?:报|填|交)';
const TODO_ASKED = new RegExp(`^(?:我|我们|俺)?(?:还)?(?:(?:有)?${WHAT_IS_OWED}${NOT_SENT}|${OWED}${WHAT_IS_OWED}(?:${NOT_SENT})?)(?:的)?[呢啊呀吗]?[？?]?$`);

/**
 * EXPORT_ASKED: a verb of handing a file over (导出 / 下载 alone or with what; 发 / 给 / 传 with what) and a table (表格 /
 * 汇总表 / 报表 / 数据), in either order, with nothing else but politeness (请 / 麻烦 / 把 / 一下 / 吧).
 */
const TABLE = '(?:表格|汇总表|报表|数据表|汇总数据|统计表)';
const EXPORT_ASKED = new RegExp(`^(?:请|麻烦)?(?:把)?(?:(?:导出|下载)(?:一下)?(?:${TABLE}|汇总|数据)?|(?:发|给|传)(?:我|给我)?(?:一下|一份|个)?${TABLE}|${TABLE}(?:导出|下载|发(?:我|给我)?|给我)(?:一下)?)(?:吧|呗)?[。！!]?$`);

/** What a lead or admin hears when a message addressed to the bot is neither a command nor a request. */
export function notUnderstood(member: Member): string {
  return `这条消息我没有看懂。\n${helpText(member)}`;
}

function helpText(member: Member): string {
  if (member.role === 'staff') {
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
    '· “加急 r3”：对口同志当天私信已达上限时，仍立即发出 r3 的询问',
    '· “查询 11月 低保户数”或“朱沱镇 百岁老人 多少”：直接从数据池取数，不用再问人',
    '· “导出 c12”：导出汇总表；“统计”：减负统计；“我的任务”或“朱沱镇报了没有”：需求进度',
    '· “催一下没报的”或“提醒一下朱沱镇”：私信提醒仍未报齐的同志；“把朱沱镇的数据发我”：看这个单位报了什么',
    '编号：r 开头的是需求（每次发布一条，如 r3）；c 开头的是汇总（同一期间、数据项有重合的需求合并成一个，统一询问，如 c12）。',
  ].join('\n');
}

function exportLatest(deps: BotDeps, call: CommandCall): void {
  const latest = [...deps.store.requests.activeBy(call.member.id)].reverse().find((r) => r.collectionId !== null);
  if (!latest) {
    call.reply('你还没有进行中的报数需求，没有可以导出的汇总。要导出其他汇总，请发“导出 c+编号”，如“导出 c12”。');
    return;
  }
  exportCollection(deps, call, latest.collectionId!);
}

function exportCollection(deps: BotDeps, call: CommandCall, collectionId?: number): void {
  const id = collectionId ?? Number(call.match[1]);
  const c = deps.store.collections.get(id);
  if (!c) {
    call.reply(`没有找到汇总 c${id}。`);
    return;
  }
  const sheet = collectionSheet(deps, id);
  const csvLink = exportLink(deps, `c${id}.csv`, call.now);
  const xlsxLink = exportLink(deps, `c${id}.xlsx`, call.now);
  call.reply({
    text: `${sheet.title}导出，${sheet.rows.length} 个单位 × ${sheet.columns.length - 1} 项，链接7天内有效：\nCSV：${csvLink}\nExcel：${xlsxLink}${sheet.legend.includes(MASKED_NOTE) ? `\n${MASKED_NOTE}` : ''}`,
    file: { name: `c${id}.csv`, content: Buffer.from(`\uFEFF${sheetCsv(sheet)}`, 'utf8'), mime: 'text/csv' },
  });
}

function statsText(deps: BotDeps): string {
  const { store } = deps;
  const avoided = store.counters.get('asksAvoided');
  const minutes = deps.settings().minutesPerAsk;
  return [
    `累计需求 ${store.requests.count()} 条，实际询问 ${store.counters.get('asks')} 项，`,
    `避免重复询问 ${avoided} 项（其中数据池直接复用 ${store.counters.get('valuesReused')} 项），约节省基层 ${Math.round((avoided * minutes) / 6) / 10} 小时。`,
  ].join('');
}
