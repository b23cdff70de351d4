// Field definitions and helpers shared by the reply parser tests.
import type { FieldDef } from '../../../src/domain/types.js';
import type { ReplyCandidate, ReplyContext } from '../../../src/domain/reply/parse.js';

const int = (key: string, label: string, aliases: string[], unit: string): FieldDef =>
  ({ key, label, aliases, type: 'integer', unit, min: 0 });

export const F = {
  dibaoHouseholds: int('dibao_households', '低保户数', ['低保户', '最低生活保障户数'], '户'),
  dibaoPersons: int('dibao_persons', '低保人数', ['低保对象人数', '低保人口数'], '人'),
  tekun: int('tekun_persons', '特困供养人数', ['特困人员数', '特困供养对象数'], '人'),
  tempTimes: int('temp_aid_times', '临时救助人次', ['临时救助次数', '临救人次'], '人次'),
  tempAmount: { key: 'temp_aid_amount', label: '临时救助金额', aliases: ['临时救助资金', '临救金额'], type: 'number', unit: '元', min: 0 } as FieldDef,
  medicalTimes: int('medical_aid_times', '医疗救助人次', ['医疗救助次数'], '人次'),
  medicalAmount: { key: 'medical_aid_amount', label: '医疗救助金额', aliases: ['医疗救助资金'], type: 'number', unit: '元', min: 0 } as FieldDef,
  centenarians: int('centenarians', '百岁老人人数', ['百岁老人数', '百岁老人'], '人'),
  subsidy: int('disability_subsidy_persons', '残疾人两项补贴人数', ['两项补贴人数', '两项补贴享受人数'], '人'),
  dilapidated: int('dilapidated_households', '危房改造户数', ['农村危房改造户数', '危改户数'], '户'),
  jiuxiao: int('jiuxiao_venues', '九小场所数量', ['九小场所数', '九小场所总数'], '家'),
  inspected: int('inspected_venues', '已检查场所数', ['已检查九小场所数', '检查场所数'], '家'),
  blocked: int('blocked_fire_exits', '消防通道堵塞处数', ['消防通道堵塞数', '堵塞消防通道数'], '处'),
  extinguishers: int('expired_extinguishers', '灭火器过期数', ['过期灭火器数', '过期灭火器'], '具'),
  food: int('food_safety_hazards', '食品安全隐患数', ['食品安全隐患', '食安隐患数'], '处'),
  gas: int('gas_hazards', '燃气隐患数', ['燃气安全隐患数', '燃气隐患'], '处'),
  selfCheck: { key: 'self_check_done', label: '是否完成自查', aliases: ['自查是否完成', '自查情况'], type: 'boolean' } as FieldDef,
  rectify: { key: 'fire_rectify_status', label: '消防隐患整改进度', aliases: ['整改进度', '隐患整改情况'], type: 'enum', options: ['已完成', '整改中', '未开始'] } as FieldDef,
  station: { key: 'elder_station_status', label: '养老服务站运营状态', aliases: ['养老服务站运营情况', '服务站运营状态'], type: 'enum', options: ['正常运营', '暂停运营', '未建成'] } as FieldDef,
  checkedOn: { key: 'self_check_date', label: '自查完成日期', aliases: ['自查日期', '完成自查日期'], type: 'date' } as FieldDef,
  manholes: int('broken_manhole_covers', '井盖破损数', ['破损井盖数', '井盖破损'], '个'),
  septic: int('septic_tank_hazards', '化粪池隐患数', ['化粪池安全隐患数'], '处'),
  inspectedOn: { key: 'inspection_date', label: '检查日期', aliases: ['检查时间'], type: 'date' } as FieldDef,
  contact: { key: 'contact_person', label: '联系人', aliases: ['负责人'], type: 'text' } as FieldDef,
  ratio: { key: 'coverage_ratio', label: '覆盖率', aliases: [], type: 'number', unit: '%', min: 0, max: 100 } as FieldDef,
};

/** 2026-11-25 10:00 in Shanghai. */
export const AT = new Date('2026-11-25T10:00:00+08:00');

export function open(field: FieldDef, period: string | null = '2026-11', answered = false): ReplyCandidate {
  return { field, period, answered };
}

export function ctx(...candidates: ReplyCandidate[]): ReplyContext {
  return { at: AT, timezone: 'Asia/Shanghai', candidates };
}

/** field=value@period strings, sorted: compact to assert on. */
export function summary(values: Array<{ field: string; period: string | null; value: unknown }>): string[] {
  return values.map((v) => `${v.field}=${JSON.stringify(v.value)}@${v.period}`).sort();
}
