// A generated working week for the burden figures: eight departments post 32 notices to twelve towns and streets, one
// clerk each, with deadlines from the same afternoon to the next week; some clerks answer early. Deterministic (seeded).
import type { Scenario } from '../../src/replay/schema.js';

const DEPARTMENTS: Array<{ id: string; name: string; fields: string[] }> = [
  { id: 'minzheng', name: '民政局', fields: ['dibao_households', 'dibao_persons', 'tekun_persons', 'temp_aid_times', 'living_alone_elderly'] },
  { id: 'canlian', name: '残联', fields: ['disability_subsidy_persons', 'hardship_disability_allowance', 'severe_disability_care', 'certified_disabled'] },
  { id: 'yibao', name: '医保局', fields: ['medical_aid_times', 'resident_insured_persons', 'chronic_disease_cards', 'dibao_persons'] },
  { id: 'zhujian', name: '住建委', fields: ['dilapidated_households', 'self_built_houses_checked', 'housing_safety_inspected', 'old_community_renovation'] },
  { id: 'yingji', name: '应急管理局', fields: ['hazard_sites', 'emergency_drills', 'safety_hazards_found', 'flood_shelters'] },
  { id: 'weijian', name: '卫健委', fields: ['family_doctor_signed', 'elderly_checkup', 'hypertension_managed', 'living_alone_elderly'] },
  { id: 'nongye', name: '农业农村委', fields: ['livestock_pigs', 'return_poverty_monitored', 'monitored_persons', 'poverty_alleviated_households'] },
  { id: 'tuiyi', name: '退役军人事务局', fields: ['veterans', 'veteran_hardship', 'special_care_recipients', 'veteran_visits'] },
];

const UNITS: Array<[string, string, 'town' | 'street']> = [
  ['shiqiao', '石桥镇', 'town'], ['baisha', '白沙镇', 'town'], ['longfeng', '龙凤镇', 'town'], ['huangjue', '黄桷镇', 'town'],
  ['songlin', '松林镇', 'town'], ['heping', '和平镇', 'town'], ['dashi', '大石镇', 'town'], ['jinshan', '金山镇', 'town'],
  ['chengnan', '城南街道', 'street'], ['hedong', '河东街道', 'street'], ['xicheng', '西城街道', 'street'], ['beiguan', '北关街道', 'street'],
];

const SURNAMES = '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨';
const GIVEN = ['丽', '强', '敏', '伟', '芳', '军', '静', '磊', '婷', '勇', '霞', '涛', '燕', '斌', '娟', '鹏'];
const WEEKDAY = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'];

/** A small seeded generator (mulberry32): the same week every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedWeek {
  scenario: Scenario;
  /** Every (unit, field, period) some notice needs: what the bot should ask, once each. */
  ideal: Set<string>;
  clerks: string[];
}

const pad = (n: number): string => String(n).padStart(2, '0');
const at = (day: number, minutes: number): string => `2026-11-${pad(day)}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}:00+08:00`;

export function generatedWeek(seed = 20261123): GeneratedWeek {
  const rnd = random(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(rnd() * list.length)]!;
  const members: Scenario['members'] = DEPARTMENTS.map((d, i) => ({ id: `lead_${d.id}`, name: `${SURNAMES[i]}${GIVEN[i]}`, role: 'lead' as const, department: d.id }));
  const clerks = UNITS.map(([id]) => `clerk_${id}`);
  UNITS.forEach(([id], i) => members.push({ id: `clerk_${id}`, name: `${SURNAMES[(i + 8) % 16]}${GIVEN[(i + 5) % 16]}`, role: 'staff', unit: id }));
  const events: Array<{ at: string; from: string; in: 'channel' | 'dm'; text: string; minute: number }> = [];
  const ideal = new Set<string>();
  const asked = new Map<string, string[]>();
  for (const [di, d] of DEPARTMENTS.entries()) {
    for (let n = 0; n < 4; n++) {
      const day = 23 + ((di + n * 2) % 5);
      const minute = 8 * 60 + 40 + Math.floor(rnd() * (8 * 60 + 10));
      // Two or three items, never exactly a set this department asked before (that would be a repost).
      let fields: string[];
      do {
        fields = [...d.fields].sort(() => rnd() - 0.5).slice(0, 2 + Math.floor(rnd() * 2));
      } while ((asked.get(d.id) ?? []).includes([...fields].sort().join()));
      asked.set(d.id, [...(asked.get(d.id) ?? []), [...fields].sort().join()]);
      const all = rnd() < 0.7;
      const targets = all ? UNITS.map(([id]) => id) : [...UNITS].sort(() => rnd() - 0.5).slice(0, 3 + Math.floor(rnd() * 4)).map(([id]) => id);
      const targetText = all ? '各镇街' : targets.map((t) => UNITS.find(([id]) => id === t)![1]).join('、');
      const r = rnd();
      const deadlineDay = r < 0.12 ? day : r < 0.35 ? Math.min(day + 1, 27) : r < 0.8 ? Math.min(day + 2 + Math.floor(rnd() * 2), 30) : 30;
      const deadline = deadlineDay === day ? '今天下班' : deadlineDay === 30 ? '11月30日' : `11月${deadlineDay}日（${WEEKDAY[deadlineDay - 22]}）`;
      const labels = fields.map((f) => LABELS[f]!).join('、');
      const text = pick([
        `【区${d.name}】请${targetText}于${deadline}前报送本月${labels}。`,
        `区${d.name}通知：请${targetText}在${deadline}前上报本月${labels}，谢谢！`,
        `各位同事：请${targetText}${deadline}前报送本月${labels}（区${d.name}）。`,
      ]);
      events.push({ at: at(day, minute), from: `lead_${d.id}`, in: 'channel', text, minute: (day - 23) * 1440 + minute });
      for (const t of targets) for (const f of fields) ideal.add(`${t}/${f}/2026-11`);
      // Some clerks answer the items soon after, often before their batch (they read the channel too).
      for (const t of targets) {
        if (rnd() > 0.35) continue;
        const later = minute + 20 + Math.floor(rnd() * 300);
        const replyDay = later < 17 * 60 + 30 ? day : Math.min(day + 1, 27);
        const replyMinute = later < 17 * 60 + 30 ? later : 9 * 60 + 20 + Math.floor(rnd() * 120);
        const figures = fields.map((f) => `${LABELS[f]}${10 + Math.floor(rnd() * 300)}`).join('，');
        events.push({ at: at(replyDay, replyMinute), from: `clerk_${t}`, in: 'dm', text: figures, minute: (replyDay - 23) * 1440 + replyMinute });
      }
    }
  }
  events.sort((a, b) => a.minute - b.minute);
  const scenario: Scenario = {
    name: 'generated week: 8 departments, 12 clerks, 32 notices',
    timezone: 'Asia/Shanghai',
    botName: '一表通',
    start: '2026-11-23T08:00:00+08:00',
    end: '2026-11-30T18:00:00+08:00',
    settings: {},
    departments: DEPARTMENTS.map((d) => ({ id: d.id, name: d.name, aliases: [`区${d.name}`] })),
    units: [{ id: 'qingxi', name: '青溪区', kind: 'district' }, ...UNITS.map(([id, name, kind]) => ({ id, name, kind, parent: 'qingxi' }))],
    members,
    fields: [],
    ledgers: [],
    events: events.map(({ minute: _minute, ...e }) => e),
  };
  return { scenario, ideal, clerks };
}

const LABELS: Record<string, string> = {
  dibao_households: '低保户数', dibao_persons: '低保人数', tekun_persons: '特困供养人数', temp_aid_times: '临时救助人次',
  living_alone_elderly: '独居老人人数', disability_subsidy_persons: '残疾人两项补贴人数', hardship_disability_allowance: '困难残疾人生活补贴人数',
  severe_disability_care: '重度残疾人护理补贴人数', certified_disabled: '持证残疾人数', medical_aid_times: '医疗救助人次',
  resident_insured_persons: '城乡居民医保参保人数', chronic_disease_cards: '门诊慢特病认定人数', dilapidated_households: '危房改造户数',
  self_built_houses_checked: '自建房安全排查户数', housing_safety_inspected: '房屋安全排查栋数', old_community_renovation: '老旧小区改造个数',
  hazard_sites: '地质灾害隐患点数', emergency_drills: '应急演练次数', safety_hazards_found: '安全生产隐患排查数', flood_shelters: '应急避难场所数',
  family_doctor_signed: '家庭医生签约人数', elderly_checkup: '65岁以上老年人体检人数', hypertension_managed: '高血压患者规范管理人数',
  livestock_pigs: '生猪存栏数', return_poverty_monitored: '防返贫监测户数', monitored_persons: '防返贫监测人数',
  poverty_alleviated_households: '脱贫户数', veterans: '退役军人人数', veteran_hardship: '困难退役军人人数',
  special_care_recipients: '优抚对象人数', veteran_visits: '退役军人走访慰问人次',
};
