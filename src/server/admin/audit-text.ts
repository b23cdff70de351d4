// The audit log in words an admin reads: who (by name), did what, to what, with the details that matter.
import { writeDecimal } from '../../domain/numbers.js';
import { describePeriod } from '../../domain/period.js';
import type { FieldDef, Roster } from '../../domain/types.js';
import { departmentName, memberName, unitName } from '../../bot/render.js';
import { ADMIN_ACTOR } from './core.js';

export interface AuditContext {
  roster: Roster;
  fields: FieldDef[];
  /** Plugin name → its title (飞书 / Lark). */
  pluginTitle(name: string): string;
  /** A plugin setting's label (报送群 ID for chatId). */
  pluginFieldLabel(plugin: string, key: string): string;
  /** A request's title by id, when it still exists. */
  requestTitle(id: number): string | undefined;
}

export interface AuditLine {
  actor: string;
  action: string;
  subject: string;
  detail: string;
}

/** What each action code means; request.edit.* by the kind of edit. */
export const ACTION_LABELS: Record<string, string> = {
  'admin.login': '登录管理后台',
  'admin.login.failed': '登录管理后台失败（令牌错误）',
  'request.create': '登记需求',
  'request.edit.deadline': '修改需求截止时间',
  'request.edit.period': '修改需求期间',
  'request.edit.addFields': '需求增加数据项',
  'request.edit.removeFields': '需求去掉数据项',
  'request.edit.addTargets': '需求增加报送单位',
  'request.edit.removeTargets': '需求去掉报送单位',
  'request.edit.withdraw': '撤回需求',
  'request.edit.choose': '确认需求数据项',
  'request.repost': '再次发布同一需求（未另登记）',
  'request.unread': '通知未认出数据项，已请发布人列出（未登记）',
  'request.admit': '批准需求（准入）',
  'request.reject': '驳回需求（准入）',
  'value.report': '报送数据',
  'value.correct': '更正数据',
  'value.confirm': '确认数据与上期相同',
  'collection.done': '汇总全部报齐',
  'field.add': '新增数据项',
  'field.edit': '修改数据项',
  'ledger.save': '保存台账',
  'rule.add': '新增数据质量规则',
  'rule.remove': '删除数据质量规则',
  'roster.import': '导入名册',
  'settings.update': '修改设置',
  'plugin.configure': '修改插件配置',
  'outbox.retry': '重新发送消息',
  'exports.links.revoke': '作废所有已发出的导出链接',
  'identity.bind.request': '申请绑定平台账号',
  'identity.bind': '确认绑定平台账号',
  'personal.export': '导出含个人信息的表格',
  'personal.channel-warning': '提醒：群里发了身份证号或手机号',
};

const PLATFORMS: Record<string, string> = { lark: '飞书', wechat: '微信', dingtalk: '钉钉', wecom: '企业微信', web: '网页频道' };

const SETTING_LABELS: Record<string, string> = {
  digestCron: '每日汇总时间', quietHours: '免打扰时段', workdays: '工作日', holidays: '节假日', minutesPerAsk: '每项询问耗时', admission: '准入',
};

export function actorName(actor: string, roster: Roster): string {
  if (actor === ADMIN_ACTOR) return '管理员（后台）';
  if (actor === 'bot') return '机器人';
  if (actor === 'anonymous') return '未登录的访问者';
  const stranger = /^\?([^:]+):/.exec(actor);
  if (stranger) return `未绑定的${PLATFORMS[stranger[1]!] ?? stranger[1]}用户`;
  return memberName(roster, actor);
}

export function describeAudit(entry: { actor: string; action: string; subject: string | null; detail: unknown }, ctx: AuditContext): AuditLine {
  return {
    actor: actorName(entry.actor, ctx.roster),
    action: ACTION_LABELS[entry.action] ?? entry.action,
    subject: subjectText(entry.action, entry.subject, ctx),
    detail: detailText(entry.action, entry.subject, entry.detail, ctx),
  };
}

function subjectText(action: string, subject: string | null, ctx: AuditContext): string {
  if (!subject) return '';
  const request = /^r(\d+)$/.exec(subject);
  if (request) {
    const title = ctx.requestTitle(Number(request[1]));
    return title ? `需求 ${subject}：${title}` : `需求 ${subject}`;
  }
  if (/^c\d+$/.test(subject)) return `汇总 ${subject}`;
  if (action.startsWith('value.')) {
    const [unit, field, period] = subject.split('/');
    return [unitName(ctx.roster, unit ?? ''), labelOf(ctx, field ?? ''), describePeriod(period || null)].join(' · ');
  }
  if (action.startsWith('identity.')) return memberName(ctx.roster, subject);
  if (action.startsWith('field.')) return labelOf(ctx, subject);
  if (action === 'plugin.configure') return ctx.pluginTitle(subject);
  if (action === 'outbox.retry') return `第 ${subject} 条待发消息`;
  if (action === 'roster.import') return `文件 ${subject}`;
  return subject;
}

type Detail = Record<string, unknown>;

function detailText(action: string, subject: string | null, raw: unknown, ctx: AuditContext): string {
  if (raw === null || raw === undefined || typeof raw !== 'object') return '';
  const d = raw as Detail;
  const field = (key: unknown): string => labelOf(ctx, String(key));
  const units = (ids: unknown): string => (Array.isArray(ids) ? ids.map((u) => unitName(ctx.roster, String(u))).join('、') : '');
  switch (action) {
    case 'value.report':
      return `数值 ${show(d.value)}${d.raw !== undefined && String(d.raw) !== show(d.value) ? `（原话“${String(d.raw)}”）` : ''}`;
    case 'value.confirm':
      return `数值 ${show(d.value)}（与${typeof d.from === 'string' ? describePeriod(d.from) : '上期'}相同，${d.how === 'form' ? '表单未改动' : '本人确认'}）`;
    case 'value.correct':
      return `由 ${show(d.previous)} 改为 ${show(d.value)}${d.raw !== undefined ? `（原话“${String(d.raw)}”）` : ''}`;
    case 'request.create': {
      const p = (d.parsed ?? {}) as Detail;
      const parts = [
        p.department ? departmentName(ctx.roster, String(p.department)) : '',
        Array.isArray(p.fields) ? p.fields.map(field).join('、') : '',
        typeof p.period === 'string' ? describePeriod(p.period) : '',
        Array.isArray(p.targets) ? `${p.targets.length} 个单位` : '',
      ].filter(Boolean);
      return `${parts.join('；')}${d.merged ? `（并入已有汇总 ${String(d.collection)}）` : d.collection ? `，汇总 ${String(d.collection)}` : ''}`;
    }
    case 'request.edit.addFields':
    case 'request.edit.removeFields':
      return Array.isArray(d.fields) ? d.fields.map(field).join('、') : '';
    case 'request.edit.addTargets':
    case 'request.edit.removeTargets':
      return units(d.targets);
    case 'request.edit.period':
      return typeof d.period === 'string' ? `改为 ${describePeriod(d.period)}` : '';
    case 'request.edit.deadline':
      return typeof d.deadline === 'string' ? `改为 ${d.deadline.slice(0, 10)}` : '';
    case 'roster.import':
      return Array.isArray(d.members) ? `${d.members.length} 名成员：${d.members.map((m) => memberName(ctx.roster, String(m))).join('、')}` : '';
    case 'settings.update':
      return Object.keys(d).map((k) => SETTING_LABELS[k] ?? k).join('、');
    case 'plugin.configure':
    {
      const keys = d.config && typeof d.config === 'object' ? Object.keys(d.config) : [];
      const labels = keys.map((k) => ctx.pluginFieldLabel(subject ?? '', k));
      return `${d.enabled ? '启用' : '停用'}${labels.length ? `；填写了 ${labels.join('、')}` : ''}`;
    }
    case 'field.add':
    case 'field.edit': {
      const after = (d.after ?? {}) as Detail;
      return [after.label, after.unit ? `单位 ${String(after.unit)}` : ''].filter(Boolean).join('，');
    }
    case 'ledger.save':
      return typeof d.name === 'string' ? d.name : '';
    case 'request.reject':
      return typeof d.reason === 'string' ? `理由：${d.reason}` : '';
    case 'rule.add':
    case 'rule.remove':
      return `${labelOf(ctx, String(d.left ?? ''))} ${String(d.op ?? '')} ${labelOf(ctx, String(d.right ?? ''))}`;
    case 'personal.export':
      return `用途：${String(d.purpose ?? '')}；个人信息项：${Array.isArray(d.fields) ? d.fields.map(field).join('、') : ''}`;
    case 'personal.channel-warning':
      return [Number(d.idCards) ? `身份证号 ${String(d.idCards)} 个` : '', Number(d.mobiles) ? `手机号 ${String(d.mobiles)} 个` : ''].filter(Boolean).join('、') + '（号码不入日志）';
    case 'identity.bind.request':
    case 'identity.bind':
      return `${PLATFORMS[String(d.platform)] ?? String(d.platform ?? '')}，申请码 ${String(d.code ?? '')}`;
    default:
      return '';
  }
}

function labelOf(ctx: AuditContext, key: string): string {
  return ctx.fields.find((f) => f.key === key)?.label ?? key;
}

function show(v: unknown): string {
  if (v === undefined || v === null) return '（空）';
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (typeof v === 'number') return writeDecimal(v);
  return String(v);
}
