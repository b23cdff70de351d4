// Messages the bot does not act on still get an answer that says so and why: nothing a known member sends is
// dropped without a word.
import { parseRequest } from '../domain/request/parse.js';
import { counted } from '../store/work-counts.js';
import { unitNamesIn, unknownUnitNames } from '../domain/unknown-units.js';
import { answer, type BotDeps, type Turn } from './context.js';
import { parseContext } from './leads.js';
import { fieldLabel } from './render.js';

/** A message with no text (a picture, a file, a bare @-mention) addressed to the bot. */
export function declineEmpty(deps: BotDeps, turn: Turn): boolean {
  answer(deps, turn, '没有读到文字内容，这条消息没有处理。请用文字发送；发“帮助”可以查看我能做什么。');
  return true;
}

/**
 * A staff member's channel message that reads as a data request: only leads publish requests, so it is not
 * registered, and the sender hears that instead of silence.
 */
export function declineStaffRequest(deps: BotDeps, turn: Turn): boolean {
  const ctx = parseContext(deps, turn.message.at);
  const asLead = { ...turn.member, role: 'lead' as const, department: '' };
  const parsed = counted('parse request (staff)', () => parseRequest(turn.text, asLead, ctx));
  if (!parsed || (!parsed.fields.length && !parsed.newFields.length)) return false;
  const items = [...parsed.fields.map((k) => fieldLabel(deps.store.fields, k)), ...parsed.newFields.map((f) => f.label)];
  answer(deps, turn, `这条消息像是一项数据需求（${items.slice(0, 3).join('、')}${items.length > 3 ? '等' : ''}），但名册里你是工作人员，需求只登记部门负责人发布的，所以没有登记、也没有询问任何人。如需发布，请本部门负责人在群里发，或请管理员在名册里调整你的角色。`);
  return true;
}

const EDIT_VERB = /^(?:请|麻烦)?(?:再)?(?:加上|增加|添加|补充|追加|再加|加|去掉|删除|删去|删掉|去除|拿掉)(?:上)?(.+)$/;

/** 加上朱沱镇 when the roster has no 朱沱镇: the edit is not made, and the lead hears which names are missing. */
export function declineUnknownUnits(deps: BotDeps, turn: Turn): boolean {
  const m = EDIT_VERB.exec(turn.text.trim().replace(/[。!！.~～]+$/, ''));
  if (!m) return false;
  const names = unitNamesIn(m[1]!);
  const rest = names.reduce((s, n) => s.replace(n, ''), m[1]!).replace(/[、,，和及与\s]/g, '');
  if (!names.length || rest.length > 1) return false;
  const unknown = unknownUnitNames(names, deps.store.roster.snapshot());
  if (!unknown.length) return false;
  answer(deps, turn, `没有修改：不在名册的单位：${unknown.join('、')} — 请管理员添加或更正。添加后再说一次即可。`);
  return true;
}
