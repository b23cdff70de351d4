// Figures said beside the one asked (a change, another item, what remains, the part of a text value) never replace
// it; a level a figure rose to, a running total asked as such and money in the field's own magnitude are read.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { parseChineseInteger } from '../../../src/domain/numbers.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctx, F, open, summary } from './fixtures.js';

const int = (key: string, label: string, aliases: string[], unit: string): FieldDef => ({ key, label, aliases, type: 'integer', unit, min: 0 });
const fixed = int('hazards_fixed', '已整改隐患数', ['已整改隐患', '已整改'], '条');
const persons = int('fpm_persons', '监测对象人数', ['监测人数'], '人');
const households = int('fpm_households', '监测对象户数', ['监测户数'], '户');
const students = int('lb_students', '留守学生数', ['留守学生'], '人');
const vaccine = int('vaccine_doses', '免疫规划疫苗接种剂次', ['接种剂次'], '剂次');
const certified = int('certified', '持证残疾人数', ['持证残疾人'], '人');
const patrol = int('patrol_staff', '巡查人员数', ['巡查人员'], '人');
const risk: FieldDef = { key: 'risk_level', label: '隐患点风险等级', aliases: ['风险等级'], type: 'enum', options: ['高风险', '中风险', '低风险'] };
const road: FieldDef = { key: 'road_blocked', label: '是否有道路中断', aliases: ['道路中断'], type: 'boolean' };
const losses: FieldDef = { key: 'losses', label: '灾情简况', aliases: ['灾情'], type: 'text' };
const exams = int('elderly_exams', '老年人体检人数', ['体检人数'], '人');
const investment: FieldDef = { key: 'project_investment', label: '重点项目完成投资', aliases: ['完成投资'], type: 'number', unit: '亿元', min: 0 };
const growth: FieldDef = { key: 'investment_growth', label: '固定资产投资增速', aliases: ['投资增速'], type: 'number', unit: '%' };
const output: FieldDef = { key: 'industrial_output', label: '规上工业总产值', aliases: ['产值'], type: 'number', unit: '万元', min: 0 };

const values = (text: string, ...fields: FieldDef[]): string[] => summary(parseReply(text, ctx(...fields.map((f) => open(f)))).values);

describe('figures beside the one asked', () => {
  it('又 / 新识别 / 新登记: a change after the level is no level', () => {
    expect(values('凤城街道已整改隐患数76，又整改了5条', fixed)).toEqual(['hazards_fixed=76@2026-11']);
    expect(values('高观镇监测人数更正为195人，上周新识别1户2人', persons, households)).toEqual(['fpm_persons=195@2026-11']);
    expect(values('梅江镇留守学生更正为851人，有4个是本周新登记的', students)).toEqual(['lb_students=851@2026-11']);
  });

  it('a correction sentence: a figure after the corrected one replaces it only when it corrects too', () => {
    expect(values('两项补贴人数更正为85人，有2个是月中新增的', F.subsidy)).toEqual(['disability_subsidy_persons=85@2026-11']);
    expect(values('楼栋长街道表里报的104人，实际是106人', int('heads', '楼栋长人数', ['楼栋长'], '人'))).toEqual(['heads=106@2026-11']);
  });

  it('另外 / 还有 another thing: only a label that spells the field out', () => {
    expect(values('桂溪街道11月免疫规划接种2,415剂次，另外流感疫苗1,208剂次', vaccine)).toEqual(['vaccine_doses=2415@2026-11']);
    expect(values('复平镇精准康复服务另外还有残疾儿童康复救助6人', certified)).toEqual([]);
    expect(values('另外持证残疾人1,024人', certified)).toEqual(['certified=1024@2026-11']);
  });

  it('a count of persons is never a sum of money', () => {
    const funds: FieldDef = { key: 'dibao_funds', label: '低保金发放金额', aliases: ['低保金发放'], type: 'number', unit: '万元', min: 0 };
    expect(values('本月发放了312人', funds)).toEqual([]);
  });

  it('增加到 / 提高到: the level it changed to', () => {
    expect(values('凤凰镇巡查人员增加到40人，风险等级提高到高', patrol, risk)).toEqual(['patrol_staff=40@2026-11', 'risk_level="高风险"@2026-11']);
    expect(values('巡查人员比昨天增加了7人', patrol)).toEqual([]);
  });

  it('装好了 / 全部安装了 answer a yes/no; 估计月底能装完 does not', () => {
    const alarm: FieldDef = { key: 'gas_alarm_done', label: '餐饮场所燃气报警器是否全部安装', aliases: ['燃气报警器是否全部安装'], type: 'boolean' };
    expect(values('璧泉街道燃气报警器全部装好了', alarm)).toEqual(['gas_alarm_done=true@2026-11']);
    expect(values('丁家街道报警器是全部安装了', alarm)).toEqual(['gas_alarm_done=true@2026-11']);
    expect(values('报警器估计月底能装完', alarm)).toEqual([]);
  });

  it('暂无道路中断 answers the yes/no, and is no zero for a count', () => {
    expect(values('出动巡查人员41人，暂无道路中断', patrol, road)).toEqual(['patrol_staff=41@2026-11', 'road_blocked=false@2026-11']);
  });

  it('改为否 answers a yes/no', () => {
    expect(values('古路镇X201线已抢通，道路中断改为否', road)).toEqual(['road_blocked=false@2026-11']);
  });

  it('the words inside a text value are no figures of their own', () => {
    expect(values('灾情：房屋受损2户（无人员伤亡），农作物受灾约30亩', losses, patrol)).toEqual([
      'losses="房屋受损2户（无人员伤亡），农作物受灾约30亩"@2026-11',
    ]);
    const topic: FieldDef = { key: 'topic', label: '活动主题', aliases: [], type: 'text' };
    const attendees = int('attendees', '参加党员人数', ['参加党员'], '人');
    expect(values('活动主题：重温入党誓词+清理楼道杂物，参加党员52人', topic, attendees)).toEqual([
      'attendees=52@2026-11', 'topic="重温入党誓词+清理楼道杂物"@2026-11',
    ]);
  });

  it('the running total asked for wins over the month inside it', () => {
    const c = ctx(open(exams, '2026-11-30'));
    expect(summary(parseReply('周嘉镇11月份体检了312人，1-11月累计2,980人', c).values)).toEqual(['elderly_exams=2980@2026-11-30']);
  });
});

describe('magnitudes and signs', () => {
  it('二亿六千五百万 is 265,000,000', () => {
    expect(parseChineseInteger('二亿六千五百万')).toBe(265_000_000);
    expect(parseChineseInteger('一亿二千三百四十五万六千')).toBe(123_456_000);
    const q3 = ctx(open(output, '2026-Q3'));
    expect(summary(parseReply('土桥镇三季度产值四亿二千万元', q3).values)).toEqual(['industrial_output=42000@2026-Q3']);
    expect(summary(parseReply('三季度产值四亿二千万', q3).values)).toEqual(['industrial_output=42000@2026-Q3']);
    expect(values('千万要注意，完成投资4亿', investment)).toEqual(['project_investment=4@2026-11']);
  });

  it('money for a field in 亿元', () => {
    expect(values('完成投资2.35亿元', investment)).toEqual(['project_investment=2.35@2026-11']);
    expect(values('完成投资18,600万元', investment)).toEqual(['project_investment=1.86@2026-11']);
    expect(values('完成投资：0.45亿', investment)).toEqual(['project_investment=0.45@2026-11']);
  });

  it('a rate of change falls as well as rises; 10月21,850 is no date', () => {
    expect(values('土桥镇固投增速负3.2%', growth)).toEqual(['investment_growth=-3.2@2026-11']);
    const c = ctx(open({ ...output, key: 'fixed_investment', label: '固定资产投资额', aliases: ['固投'] }, '2026-10-31'));
    expect(summary(parseReply('土桥镇固投1—10月21,850万元', c).values)).toEqual(['fixed_investment=21850@2026-10-31']);
    const q4 = ctx(open(output, '2026-Q4'));
    expect(summary(parseReply('四季度（10-11月）128,300万元', q4).values)).toEqual(['industrial_output=128300@2026-Q4']);
    const both = ctx(open(output, '2026-Q3'), open(output, '2026-Q4'));
    expect(summary(parseReply('规上工业总产值：三季度186,520万元，四季度（10-11月）128,300万元', both).values)).toEqual([
      'industrial_output=128300@2026-Q4', 'industrial_output=186520@2026-Q3',
    ]);
  });
});

describe('a town clerk table', () => {
  it('rows name the communities without 社区', () => {
    const grids = int('grids', '网格数', [], '个');
    const heads = int('building_heads', '楼栋长人数', ['楼栋长'], '人');
    const others = ['金紫山社区', '万寿路社区'].map((name, i) => ({ id: `c${i}`, name, candidates: [open(grids), open(heads)] }));
    const r = parseReply('社区 网格数 楼栋长\n金紫山 12 86\n万寿路 9 63\n合计 21 149', { ...ctx(), unitName: '南坪街道', others });
    expect(r.values.map((v) => `${(v as { unit?: string }).unit}:${v.field}=${v.value}`).sort()).toEqual([
      'c0:building_heads=86', 'c0:grids=12', 'c1:building_heads=63', 'c1:grids=9',
    ]);
  });
});
