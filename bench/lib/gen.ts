// Seeded, deterministic synthetic workloads: a district roster, lead notices, staff replies and chatter modelled on
// the shared scenarios (new wording generated from templates, not copied), and whole replay scenarios.
import { builtinDictionary } from '../../src/store/seed.js';
import type { Department, FieldDef, Member, Roster, Unit } from '../../src/domain/types.js';
import { Random } from './random.js';

export const BOT_NAME = '一表通';

const DEPARTMENTS: Array<Department & { ledgers: string[]; short: string }> = [
  { id: 'minzheng', name: '民政局', aliases: ['区民政局', '民政'], short: '民政', ledgers: ['social_assistance', 'elderly'] },
  { id: 'canlian', name: '残联', aliases: ['区残联', '残疾人联合会'], short: '残联', ledgers: ['disability'] },
  { id: 'yibao', name: '医保局', aliases: ['区医保局', '医疗保障局', '医保'], short: '医保局', ledgers: ['medical_insurance'] },
  { id: 'zhujian', name: '住建委', aliases: ['区住建委', '住房城乡建设委员会', '住建'], short: '住建委', ledgers: ['housing'] },
  { id: 'yingji', name: '应急管理局', aliases: ['区应急管理局', '应急局', '应急管理', '应急'], short: '应急局', ledgers: ['emergency', 'jiuxiao_safety'] },
  { id: 'chengguan', name: '城市管理局', aliases: ['区城市管理局', '城管局', '城管'], short: '城管', ledgers: ['city_management'] },
  { id: 'shijian', name: '市场监管局', aliases: ['区市场监管局', '市监局', '市场监管', '市监'], short: '市监局', ledgers: ['jiuxiao_safety'] },
  { id: 'weijian', name: '卫健委', aliases: ['区卫健委', '卫生健康委', '卫健'], short: '卫健委', ledgers: ['health', 'population'] },
  { id: 'nongye', name: '农业农村委', aliases: ['区农业农村委', '农委', '农业农村'], short: '农委', ledgers: ['agriculture'] },
  { id: 'jiaowei', name: '教委', aliases: ['区教委', '教育委员会'], short: '教委', ledgers: ['education'] },
  { id: 'zhengfa', name: '政法委', aliases: ['区委政法委', '政法'], short: '政法委', ledgers: ['grid_governance'] },
  { id: 'tuiyi', name: '退役军人事务局', aliases: ['区退役军人事务局', '退役军人局'], short: '退役军人局', ledgers: ['veterans'] },
  { id: 'renshe', name: '人力社保局', aliases: ['区人力社保局', '人社局', '人社'], short: '人社局', ledgers: ['employment'] },
];

const NAME_CHARS = [...'桐梓柳杉枫榕樟槐岚峪涧湾坪塘垭坝屏鹤鸾麟翠碧霞岱嵩澄瀚汀沐蓉'];
const SURNAMES = [...'王李张刘陈杨黄赵周吴徐孙马朱胡郭何罗高林郑梁谢唐许冯宋韩邓彭曹曾田萧潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢钟姜崔谭陆范汪廖石金贾夏韦付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤'];
const GIVEN = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红志建国文斌波宇浩凯健俊帆鹏辉琳雪梅晓婷倩颖丹'];

export interface BenchRoster extends Roster {
  botName: string;
  /** Reporting units (not the district). */
  reporting: Unit[];
  towns: Unit[];
  leads: Member[];
  staff: Member[];
}

export interface RosterSize {
  /** Reporting units (villages and communities); towns and streets (a tenth as many) and the district come on top. */
  units: number;
  staffPerUnit: number;
  leads: number;
}

/** A district with towns and streets, villages under the towns and communities under the streets. */
export function makeRoster(size: RosterSize, seed = 1): BenchRoster {
  const rnd = new Random(seed);
  const bases: string[] = [];
  const seen = new Set<string>();
  const groups = Math.max(2, Math.round(size.units / 10));
  const wanted = 1 + groups + size.units;
  for (let guard = 0; bases.length < wanted && guard < 100_000; guard++) {
    const a = rnd.pick(NAME_CHARS), b = rnd.pick(NAME_CHARS);
    const base = a + b;
    if (a === b || seen.has(base)) continue;
    seen.add(base);
    bases.push(base);
  }
  // Three-character bases once two-character ones run out (1,000-unit rosters).
  for (let guard = 0; bases.length < wanted && guard < 1_000_000; guard++) {
    const base = rnd.pick(NAME_CHARS) + rnd.pick(NAME_CHARS) + rnd.pick(NAME_CHARS);
    if (seen.has(base) || [...seen].some((s) => base.includes(s))) continue;
    seen.add(base);
    bases.push(base);
  }
  const district: Unit = { id: 'district', name: `${bases[0]}区`, kind: 'district' };
  const towns: Unit[] = [];
  for (let i = 0; i < groups; i++) {
    const street = i % 2 === 1;
    towns.push({ id: `t${i}`, name: `${bases[1 + i]}${street ? '街道' : '镇'}`, kind: street ? 'street' : 'town', parent: 'district' });
  }
  const leaves: Unit[] = [];
  for (let i = 0; i < size.units; i++) {
    const parent = towns[i % groups]!;
    const community = parent.kind === 'street';
    leaves.push({ id: `u${i}`, name: `${bases[1 + groups + i]}${community ? '社区' : '村'}`, kind: community ? 'community' : 'village', parent: parent.id });
  }
  const units = [district, ...towns, ...leaves];
  const names = new Set<string>();
  const personName = (): string => {
    for (let i = 0; i < 50; i++) {
      const n = rnd.pick(SURNAMES) + rnd.pick(GIVEN) + (rnd.chance(0.6) ? rnd.pick(GIVEN) : '');
      if (!names.has(n)) { names.add(n); return n; }
    }
    return `${rnd.pick(SURNAMES)}${names.size}`;
  };
  const half = Math.ceil(DEPARTMENTS.length / 2);
  const staff: Member[] = [];
  // Staff sit in the villages and communities (the units that answer); towns and streets coordinate.
  for (const u of leaves.length ? leaves : towns) {
    for (let k = 0; k < size.staffPerUnit; k++) {
      const serves = size.staffPerUnit === 1 ? [] : DEPARTMENTS.filter((_, i) => (k % 2 === 0 ? i < half : i >= half)).map((d) => d.id);
      staff.push({ id: `s_${u.id}_${k}`, name: personName(), role: 'staff', unit: u.id, ...(serves.length ? { serves } : {}) });
    }
  }
  const leads: Member[] = [];
  for (let i = 0; i < size.leads; i++) {
    leads.push({ id: `lead${i}`, name: personName(), role: 'lead', department: DEPARTMENTS[i % DEPARTMENTS.length]!.id });
  }
  const admin: Member = { id: 'admin', name: personName(), role: 'admin' };
  return {
    botName: BOT_NAME,
    departments: DEPARTMENTS.map(({ id, name, aliases }) => ({ id, name, aliases })),
    units, members: [...leads, admin, ...staff], reporting: leaves.length ? leaves : towns, towns, leads, staff,
  };
}

/** The roster file shape (ONETABLE_ROSTER). */
export function rosterFile(r: BenchRoster): Record<string, unknown> {
  return { botName: r.botName, departments: r.departments, units: r.units, members: r.members };
}

export function fieldsOf(department: string): FieldDef[] {
  const dept = DEPARTMENTS.find((d) => d.id === department)!;
  return builtinDictionary().fields.filter((f) => f.ledger && dept.ledgers.includes(f.ledger));
}

export function departmentInfo(id: string): (typeof DEPARTMENTS)[number] {
  return DEPARTMENTS.find((d) => d.id === id)!;
}

// ---------------------------------------------------------------- text pieces

const DIGITS = '零一二三四五六七八九';
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n]!;
  if (n < 20) return `十${n % 10 ? DIGITS[n % 10] : ''}`;
  if (n < 100) return `${DIGITS[Math.floor(n / 10)]}十${n % 10 ? DIGITS[n % 10] : ''}`;
  const h = Math.floor(n / 100), rest = n % 100;
  const head = `${h === 2 ? '二' : DIGITS[h]}百`;
  if (!rest) return head;
  return rest < 10 ? `${head}零${DIGITS[rest]}` : `${head}${rest < 20 ? '一' : ''}${chineseNumber(rest)}`;
}

interface LocalDay { month: number; day: number; weekday: number }

function localDay(at: Date): LocalDay {
  const shifted = new Date(at.getTime() + 8 * 3600_000);
  return { month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate(), weekday: shifted.getUTCDay() || 7 };
}

function plusDays(at: Date, days: number): LocalDay {
  return localDay(new Date(at.getTime() + days * 86400_000));
}

const PERIOD_WORDS = ['本月', '本月', '本月', '上月', '本季度', '今年', '截至昨日'] as const;
const PURPOSES = ['季度调度会', '月度统计', '专项督查', '上级核查', '年底考核', '工作简报', '冬季专项行动'];
const TOPICS = ['月度统计', '专项排查', '冬春救助', '安全生产', '基层治理', '民生保障', '季度调度'];
const FILES = ['统计报表', '工作台账', '排查清单', '情况汇总表'];

function phone(rnd: Random): string {
  return rnd.chance(0.5) ? `1${rnd.int(3, 9)}${rnd.int(100000000, 999999999)}` : `4${rnd.int(9000000, 9999999)}`;
}

export interface GeneratedRequest {
  from: string;
  department: string;
  fields: FieldDef[];
  /** Units the notice should address (the generator's intent). */
  targets: string[];
  periodWord: string;
  text: string;
}

export interface WorkloadMessage {
  from: string;
  in: 'channel' | 'dm';
  text: string;
  kind: 'request' | 'reply' | 'chatter';
}

/** The value a staff member would type for a field. */
function valueText(rnd: Random, f: FieldDef): string {
  switch (f.type) {
    case 'integer': {
      const n = rnd.chance(0.15) ? 0 : rnd.int(1, 400);
      const unit = f.unit ?? '';
      return rnd.chance(0.2) && n > 0 ? `${chineseNumber(n)}${unit}` : rnd.chance(0.5) ? `${n}${unit}` : `${n}`;
    }
    case 'number':
      if (f.unit === '元') return rnd.chance(0.5) ? `${(rnd.int(5, 900) / 100).toFixed(2)}万元` : `${rnd.int(1000, 90000)}元`;
      if (f.unit === '%') return `${rnd.int(600, 1000) / 10}%`;
      return `${rnd.int(1, 2000) / 10}${f.unit ?? ''}`;
    case 'boolean':
      return rnd.pick(['是', '否', '已完成', '未完成']);
    case 'enum':
      return rnd.pick(f.options ?? ['无']);
    case 'date': {
      const d = rnd.int(1, 25);
      return `11月${d}日`;
    }
    default:
      return rnd.pick(['无', '暂无典型案例', '已调解完毕']);
  }
}

export class WorkloadGenerator {
  private readonly rnd: Random;
  private readonly open: GeneratedRequest[] = [];
  private readonly answerable: FieldDef[];

  constructor(readonly roster: BenchRoster, seed: number) {
    this.rnd = new Random(seed);
    this.answerable = builtinDictionary().fields;
  }

  /** A lead's notice (sometimes forwarded by the admin). */
  request(at: Date): GeneratedRequest {
    const rnd = this.rnd;
    const lead = rnd.pick(this.roster.leads);
    const dept = departmentInfo(lead.department!);
    const pool = fieldsOf(dept.id).filter((f) => f.type === 'integer' || f.type === 'number' || rnd.chance(0.3));
    const fields = rnd.sample(pool, rnd.weighted({ 1: 3, 2: 4, 3: 3, 4: 1 }) === '1' ? 1 : rnd.int(2, 4));
    const periodWord = rnd.pick(PERIOD_WORDS);
    const labels = fields.map((f) => (rnd.chance(0.2) && f.aliases.length ? rnd.pick(f.aliases) : f.label));
    const { phrase, targets } = this.targets();
    const d = plusDays(at, rnd.int(2, 9));
    const deadline = rnd.pick([`${d.month}月${d.day}日前`, `${d.month}月${d.day}日${rnd.int(9, 17)}:00前`, '本周五前', '明天下班前', `${d.day}号前`]);
    const contact = `${lead.name}${rnd.chance(0.5) ? '，电话：' : ' '}${phone(rnd)}`;
    const period = periodWord === '截至昨日' ? `截至${plusDays(at, -1).month}月${plusDays(at, -1).day}日` : periodWord;
    let text: string;
    switch (rnd.int(1, 5)) {
      case 1:
        text = [
          `【区${dept.name}】关于报送${period}${rnd.pick(TOPICS)}数据的通知`,
          `${phrase || '各村（社区）'}：`,
          `为做好${rnd.pick(TOPICS)}工作，请于${deadline}报送${period}以下数据：`,
          ...labels.map((l, i) => `${i + 1}. ${l}${i === labels.length - 1 ? '。' : '；'}`),
          `联系人：${contact}`,
          ...(rnd.chance(0.4) ? [`附件：${rnd.pick(FILES)}.xlsx`] : []),
        ].join('\n');
        break;
      case 2:
        text = `${dept.short}：${phrase ? `${phrase}，` : ''}请${deadline}报一下${period}${labels.join('和')}，谢谢！`;
        break;
      case 3:
        text = `${rnd.pick(dept.aliases)}：请${phrase}于${deadline}报送${period}${labels.join('、')}，用于${rnd.pick(PURPOSES)}。联系人：${contact}`;
        break;
      case 4:
        text = `${phrase ? `${phrase}：` : ''}${dept.short}需要${period}${labels.join('、')}，${deadline}报送，辛苦了🙏`;
        break;
      default:
        text = `${dept.short}：${phrase}今天下班前报一下${period}${labels[0]}，急用🙏`;
        break;
    }
    const from = rnd.chance(0.1) ? 'admin' : lead.id;
    if (from === 'admin') text = `转${rnd.pick(dept.aliases)}通知：\n${text}`;
    const req: GeneratedRequest = { from, department: dept.id, fields, targets, periodWord, text };
    this.open.push(req);
    if (this.open.length > 40) this.open.shift();
    return req;
  }

  private targets(): { phrase: string; targets: string[] } {
    const rnd = this.rnd;
    const r = this.roster;
    switch (rnd.weighted({ all: 3, group: 2, scoped: 1, named: 4 })) {
      case 'all':
        return { phrase: '', targets: r.reporting.map((u) => u.id) };
      case 'group':
        return { phrase: rnd.pick(['各村（社区）', '各村社']), targets: r.reporting.map((u) => u.id) };
      case 'scoped': {
        const town = rnd.pick(r.towns);
        const kids = r.reporting.filter((u) => u.parent === town.id);
        return { phrase: `${town.name}${town.kind === 'street' ? '各社区' : '各村'}`, targets: kids.map((u) => u.id) };
      }
      default: {
        const picked = rnd.sample(r.reporting, rnd.int(2, 8));
        const short = rnd.chance(0.3);
        return { phrase: picked.map((u) => (short ? u.name.replace(/社区|村$/, '') : u.name)).join('、'), targets: picked.map((u) => u.id) };
      }
    }
  }

  /** A staff member's answer to something they were asked, or a question/pending note about it. */
  reply(): WorkloadMessage {
    const rnd = this.rnd;
    const req = this.open.length ? this.open[this.open.length - 1 - Math.floor(rnd.next() ** 2 * this.open.length)]! : null;
    const unitId = req ? rnd.pick(req.targets) : rnd.pick(this.roster.reporting).id;
    const unit = this.roster.units.find((u) => u.id === unitId)!;
    const staff = this.roster.staff.filter((m) => m.unit === unitId);
    const member = (req && staff.find((m) => m.serves?.includes(req.department))) ?? staff[0] ?? rnd.pick(this.roster.staff);
    const fields = req ? rnd.sample(req.fields, rnd.int(1, req.fields.length)) : rnd.sample(this.answerable, 2);
    const period = req?.periodWord === '截至昨日' ? '' : req?.periodWord ?? '本月';
    const pairs = fields.map((f) => [rnd.chance(0.15) && f.aliases.length ? rnd.pick(f.aliases) : f.label, valueText(rnd, f)] as const);
    const f0 = pairs[0]!;
    const channel = rnd.chance(0.08);
    let text: string;
    switch (rnd.weighted({ lines: 4, sentence: 5, numerals: 1, correction: 1, pending: 1, question: 1, ack: 1 })) {
      case 'lines': text = pairs.map(([l, v]) => `${l}：${v}`).join('\n'); break;
      case 'sentence': text = `${rnd.chance(0.5) ? unit.name : ''}${period}${pairs.map(([l, v]) => `${l}${v}`).join('，')}`; break;
      case 'numerals': text = `${period}${f0[0]}是${chineseNumber(rnd.int(1, 300))}`; break;
      case 'correction': text = `刚才报错了，${f0[0]}应为${rnd.int(0, 300)}`; break;
      case 'pending': text = rnd.pick([`${f0[0]}还在核对，晚点报`, '好的，明天报', `${f0[0]}台账还在统计，下午报`]); break;
      case 'question': text = rnd.pick([`${f0[0]}是只报户籍的，还是常住的也算？`, `请问${f0[0]}含不含上月结转的？`]); break;
      default: text = rnd.pick(['好的', '收到', '👌', '好的，马上报']); break;
    }
    return channel
      ? { from: member.id, in: 'channel', text: `@${this.roster.botName} ${unit.name}：${text}`, kind: 'reply' }
      : { from: member.id, in: 'dm', text, kind: 'reply' };
  }

  /** Channel noise: acknowledgements, reminders, notices with nothing to report, questions and answers. */
  chatter(): WorkloadMessage {
    const rnd = this.rnd;
    const staff = rnd.pick(this.roster.staff);
    const lead = rnd.pick(this.roster.leads);
    const dept = departmentInfo(lead.department!);
    const label = rnd.pick(fieldsOf(dept.id)).label;
    switch (rnd.weighted({ ack: 6, reminder: 1, notice: 1, question: 1, answer: 1 })) {
      case 'ack': return { from: staff.id, in: 'channel', text: rnd.pick(['收到', '收到👌', '好的', '已报', '明白', '👍', '收到，马上落实']), kind: 'chatter' };
      case 'reminder': return { from: lead.id, in: 'channel', text: `请还未报送${label}的村（社区）抓紧报送，${rnd.pick(['明天截止', '今天截止', '下午要用'])}。`, kind: 'chatter' };
      case 'notice': return {
        from: lead.id, in: 'channel',
        text: `【区${dept.name}】关于做好${rnd.pick(TOPICS)}工作的通知，请各村（社区）认真组织学习，抓好落实。\n附件：${dept.short}发〔2026〕${rnd.int(10, 200)}号.pdf`,
        kind: 'chatter',
      };
      case 'question': return { from: staff.id, in: 'channel', text: `请问${label}是按${rnd.pick(['审批数', '户籍口径', '台账数'])}还是${rnd.pick(['实际发放数', '常住口径', '系统数'])}填？`, kind: 'chatter' };
      default: return { from: lead.id, in: 'channel', text: `@${staff.name} 按${rnd.pick(['实际发放数', '户籍口径', '台账数'])}填就行。`, kind: 'chatter' };
    }
  }

  /** One message of a realistic mix: ~4% notices, ~56% replies, ~40% chatter. */
  next(at: Date, index: number): WorkloadMessage {
    const kind = index < 10 ? 'request' : this.rnd.weighted({ request: 4, reply: 56, chatter: 40 });
    if (kind === 'request') {
      const r = this.request(at);
      return { from: r.from, in: 'channel', text: r.text, kind: 'request' };
    }
    return kind === 'reply' ? this.reply() : this.chatter();
  }
}

/** `count` messages of the realistic mix. */
export function workload(roster: BenchRoster, count: number, seed: number, at: Date = new Date()): WorkloadMessage[] {
  const gen = new WorkloadGenerator(roster, seed);
  return Array.from({ length: count }, (_, i) => gen.next(at, i));
}

/** A replay scenario of `events` messages over working days (08:30–18:00 Asia/Shanghai), from 2026-11-02. */
export function makeScenario(roster: BenchRoster, events: number, seed: number): Record<string, unknown> {
  const gen = new WorkloadGenerator(roster, seed);
  const perDay = 500;
  const days = Math.ceil(events / perDay);
  const list: Array<Record<string, unknown>> = [];
  let day = 0;
  let dayStart = Date.parse('2026-11-02T08:30:00+08:00');
  const span = (18 * 60 - 8 * 60 - 30) * 60_000;
  for (let i = 0; i < events; i++) {
    const d = Math.floor(i / perDay);
    while (day < d) {
      day++;
      dayStart += 86400_000;
      const wd = new Date(dayStart + 8 * 3600_000).getUTCDay();
      if (wd === 6) dayStart += 2 * 86400_000;
    }
    const at = new Date(dayStart + Math.floor(((i % perDay) / perDay) * span));
    const m = gen.next(at, i);
    list.push({ at: iso8(at), from: m.from, in: m.in, text: m.text });
  }
  const last = Date.parse(String(list[list.length - 1]!.at));
  return {
    name: `bench: ${events} generated events over ${days} working days`,
    timezone: 'Asia/Shanghai', botName: roster.botName,
    start: '2026-11-02T08:00:00+08:00', end: iso8(new Date(last + 3600_000)),
    settings: {}, departments: roster.departments, units: roster.units, members: roster.members, fields: [], events: list,
  };
}

function iso8(at: Date): string {
  const s = new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 19);
  return `${s}+08:00`;
}
