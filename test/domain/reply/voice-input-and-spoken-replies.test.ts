// Voice input without punctuation, the part still in hand, a space grouping thousands, a recheck said with a
// bare figure, a place name run on from a spoken word, and a zero read with the label before it.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctx, open, summary } from './fixtures.js';

const int = (key: string, label: string, aliases: string[], unit: string): FieldDef => ({ key, label, aliases, type: 'integer', unit, min: 0 });
const households = int('monitored_households', '防返贫监测户数', ['监测户数'], '户');
const persons = int('monitored_persons', '防返贫监测人数', ['监测人数'], '人');
const helped = int('helped_households', '已落实帮扶措施户数', ['落实帮扶户数'], '户');
const cleared = int('risk_cleared', '风险消除户数', ['已消除风险户数'], '户');
const insured = int('pension_insured', '城乡居民养老保险参保人数', ['参保人数'], '人');
const rehab = int('rehab_services', '康复服务人次', ['康复人次'], '人次');
const disabled = int('disabled_elderly', '失能老人数', ['失能老人'], '人');
const covers = int('damaged_covers', '问题井盖数', ['隐患井盖数'], '个');
const tanks = int('septic_tanks', '化粪池总数', ['化粪池数量'], '座');
const tankHazards = int('septic_hazards', '隐患化粪池数', ['存在隐患的化粪池数'], '座');

describe('voice input without punctuation', () => {
  const c = ctx(open(households), open(persons), open(helped), open(cleared));
  it('a 了 ends one statement: the figure takes the label nearer to it', () => {
    expect(summary(parseReply('监测户三十一户帮扶措施落实了风险消除了八户', c).values))
      .toEqual(['monitored_households=31@2026-11', 'risk_cleared=8@2026-11']);
  });
  it('九十六个人 counts persons', () => {
    expect(summary(parseReply('监测户有三十一户九十六个人', c).values))
      .toEqual(['monitored_households=31@2026-11', 'monitored_persons=96@2026-11']);
  });
});

describe('the part still in hand', () => {
  const c = ctx(open(households, '2026-11', true), open(helped, '2026-11', true));
  it('还有3户帮扶措施正在落实中 is not the count of households helped', () => {
    expect(parseReply('还有3户帮扶措施正在落实中', c).values).toEqual([]);
  });
  it('a later label after 还没 starts another statement', () => {
    expect(summary(parseReply('有两户还没办下来，落实帮扶户数40户', ctx(open(helped))).values)).toEqual(['helped_households=40@2026-11']);
  });
});

describe('a space grouping thousands', () => {
  it('参保人数41 307人 is 41307', () => {
    expect(summary(parseReply('参保人数41 307人', ctx(open(insured, '2026-11-30'))).values)).toEqual(['pension_insured=41307@2026-11-30']);
  });
  it('a row of figures stays several numbers', () => {
    const c = ctx(open(households), open(persons));
    expect(summary(parseReply('监测户数 监测人数\n31 208', c).values)).toEqual(['monitored_households=31@2026-11', 'monitored_persons=208@2026-11']);
  });
});

describe('a recheck said with a bare figure', () => {
  it('核实了一下是31人次 answers the one field counted in 人次', () => {
    const c = ctx(open(rehab, '2026-11', true), open(persons, '2026-11', true));
    expect(summary(parseReply('核实了一下是31人次', c).values)).toEqual(['rehab_services=31@2026-11']);
  });
});

describe('a place name run on from a spoken word', () => {
  it('那石桥村… is the reporter\'s own village', () => {
    const c = { ...ctx(open(disabled, '2026-11-20', true)), unitName: '石桥村' };
    expect(summary(parseReply('那石桥村失能半失能加起来是七个', c).values)).toEqual(['disabled_elderly=7@2026-11-20']);
  });
});

describe('a zero read with the label before it', () => {
  it('化粪池9座，都没有隐患 is a zero for the hazardous tanks, not the manhole covers', () => {
    const c = ctx(open(covers, '2026-11', true), open(tanks, '2026-11-25'), open(tankHazards, '2026-11-25'));
    expect(summary(parseReply('化粪池9座，都没有隐患', c).values)).toEqual(['septic_hazards=0@2026-11-25', 'septic_tanks=9@2026-11-25']);
  });
});

describe('labels run together with 各 / 都', () => {
  const births = int('births', '出生人数', ['出生人口数'], '人');
  const deaths = int('deaths', '死亡人数', ['死亡人口数'], '人');
  const c = ctx(open(births, '2026-11'), open(deaths, '2026-11'), open(births, '2026-10'), open(deaths, '2026-10'));
  it('出生死亡本月各2人，上月都没有: each label takes the figure, and each is zero for the other month', () => {
    expect(summary(parseReply('出生死亡本月各2人，上月都没有', c).values))
      .toEqual(['births=0@2026-10', 'births=2@2026-11', 'deaths=0@2026-10', 'deaths=2@2026-11']);
  });
  it('without 各 the figure could be either: a question back', () => {
    const parsed = parseReply('出生死亡本月2人', c);
    expect(parsed.values).toEqual([]);
    expect(parsed.choices.map((ch) => ch.options.map((o) => o.field).sort())).toEqual([['births', 'deaths']]);
  });
});

describe('dates, text and options under a shortened label', () => {
  const date: FieldDef = { key: 'meeting_date', label: '支部大会召开日期', aliases: ['大会日期'], type: 'date' };
  const topic: FieldDef = { key: 'meeting_topic', label: '支部大会学习主题', aliases: ['学习主题'], type: 'text' };
  const head: FieldDef = { key: 'hall_head', label: '便民服务中心负责人', aliases: [], type: 'text' };
  const grade: FieldDef = { key: 'self_grade', label: '文明创建自评等级', aliases: ['自评等级'], type: 'enum', options: ['优秀', '良好', '一般'] };
  const hours: FieldDef = { key: 'service_hours', label: '志愿服务时长', aliases: [], type: 'number', unit: '小时', min: 0 };
  const rate: FieldDef = { key: 'close_rate', label: '事件办结率', aliases: [], type: 'number', unit: '%', min: 0, max: 100 };
  const c = ctx(open(date), open(topic), open(head), open(grade), open(hours), open(rate));
  it('日期：11/9 and 主题：… under the head of the label', () => {
    expect(summary(parseReply('支部大会：\n日期：11/9\n主题：学习新修订条例/交流心得', c).values))
      .toEqual(['meeting_date="2026-11-09"@2026-11', 'meeting_topic="学习新修订条例/交流心得"@2026-11']);
  });
  it('a date said right after words naming the field, or as the day the thing was done', () => {
    expect(summary(parseReply('支部大会11月6日', c).values)).toEqual(['meeting_date="2026-11-06"@2026-11']);
    expect(summary(parseReply('11月6号召开的支部大会', c).values)).toEqual(['meeting_date="2026-11-06"@2026-11']);
  });
  it('a corrected date later in the sentence', () => {
    expect(summary(parseReply('大会日期报错了，是11月7日', c).values)).toEqual(['meeting_date="2026-11-07"@2026-11']);
  });
  it('负责人周强 13800001111 and 主题“…” are kept as written', () => {
    expect(summary(parseReply('负责人周强 13800001111', c).values)).toEqual(['hall_head="周强 13800001111"@2026-11']);
    expect(summary(parseReply('主题“讲好身边故事”', c).values)).toEqual(['meeting_topic="“讲好身边故事”"@2026-11']);
  });
  it('等级良好 / 自评优 choose the option; 办结率百分之百 is 100; 服务了40个小时 counts hours', () => {
    expect(summary(parseReply('等级良好', c).values)).toEqual(['self_grade="良好"@2026-11']);
    expect(summary(parseReply('办结率百分之百，自评优', c).values)).toEqual(['close_rate=100@2026-11', 'self_grade="优秀"@2026-11']);
    expect(summary(parseReply('志愿服务40个小时', c).values)).toEqual(['service_hours=40@2026-11']);
  });
});

describe('a question ends with its mark', () => {
  it('一户有两个的挂几块？ stores nothing', () => {
    const c = ctx(open(households), open(persons));
    expect(parseReply('监测户是按户算吗？一户有两个人的算几户？', c).values).toEqual([]);
    expect(parseReply('一户有两个人的算几户？', c).question).toBe(true);
  });
});

describe('a figure after others in one voice clause, and items said unchanged', () => {
  const c = ctx(open(households), open(persons), open(helped), open(cleared));
  it('…风险消除没有 after the figures is that field\'s zero', () => {
    expect(summary(parseReply('监测户十二户三十个人风险消除没有', c).values))
      .toEqual(['monitored_households=12@2026-11', 'monitored_persons=30@2026-11', 'risk_cleared=0@2026-11']);
  });
  it('names the unchanged items, or none for all the rest, and the period said for them', () => {
    expect(parseReply('监测户数、人数都没变，风险消除3户', c).unchanged.map((u) => [u.fields, u.period]))
      .toEqual([[['monitored_households', 'monitored_persons'], null]]);
    expect(parseReply('11月同上月，没有变化', c).unchanged.map((u) => [u.fields, u.period])).toEqual([[null, '2026-11'], [null, '2026-11']]);
    expect(parseReply('风险消除7户无变化', c).unchanged).toEqual([]);
  });
  it('和上月一样 is no period for the figures beside it', () => {
    expect(summary(parseReply('监测户数和上月一样，人数30人', c).values)).toEqual(['monitored_persons=30@2026-11']);
  });
});

describe('a table of item and figure, and a label that is only a measure word', () => {
  const c = ctx(open(households), open(persons), open(rehab));
  it('项目 / 数量: each row\'s label names the item', () => {
    expect(summary(parseReply('项目        数量\n监测户数    31\n监测人数    1,208\n康复人次    64', c).values))
      .toEqual(['monitored_households=31@2026-11', 'monitored_persons=1208@2026-11', 'rehab_services=64@2026-11']);
  });
  it('人数是96 answers the one field counted in 人', () => {
    expect(summary(parseReply('人数是96', c).values)).toEqual(['monitored_persons=96@2026-11']);
  });
});

describe('a part already dealt with, and a street clerk\'s lists', () => {
  it('隐患12条，已整改9条: the bare label is the item whose name says no part is dealt with', () => {
    const found = int('hazards_found', '发现安全隐患数', ['发现隐患数'], '条');
    const fixed = int('hazards_fixed', '已整改隐患数', ['整改隐患数'], '条');
    expect(summary(parseReply('隐患12条，已整改9条', ctx(open(found), open(fixed))).values))
      .toEqual(['hazards_fixed=9@2026-11', 'hazards_found=12@2026-11']);
  });
  const grids = int('grids', '网格数', ['网格数量'], '个');
  const elderly = int('solitary_elderly', '独居老人数', ['独居老人'], '人');
  const street = (...ids: Array<[string, string]>) => ({
    ...ctx(), unitName: '石门街道', others: ids.map(([id, name]) => ({ id, name, candidates: [open(grids, '2026-11-20'), open(elderly, '2026-11-20')] })),
  });
  const c = street(['shiqiao', '石桥社区'], ['baisha', '白沙社区']);
  const byUnit = (values: Array<{ unit?: string; field: string; value: unknown }>) => values.map((v) => `${v.unit}:${v.field}=${String(v.value)}`).sort();
  it('石门街道：石桥社区网格9个…；白沙社区…: each community after the street\'s own header', () => {
    expect(byUnit(parseReply('石门街道：石桥社区网格9个、独居老人20人；白沙社区网格6个、独居老人11人', c).values))
      .toEqual(['baisha:grids=6', 'baisha:solitary_elderly=11', 'shiqiao:grids=9', 'shiqiao:solitary_elderly=20']);
  });
  it('独居老人：石桥20、白沙11 gives each community its figure', () => {
    expect(byUnit(parseReply('石门街道独居老人：石桥20、白沙11', c).values)).toEqual(['baisha:solitary_elderly=11', 'shiqiao:solitary_elderly=20']);
  });
});

describe('a nil said for one item right before another item\'s figure', () => {
  const fires = int('fires', '野外火情起数', ['火情起数'], '起');
  const talks = int('talks', '防火宣传次数', ['宣传次数'], '次');
  const duty: FieldDef = { key: 'duty', label: '是否落实24小时值守', aliases: ['24小时值守'], type: 'boolean' };
  const c = ctx(open(fires), open(talks), open(duty));
  it('火情没有发现宣传搞了三次 / 无火情宣传两次', () => {
    expect(summary(parseReply('火情没有发现宣传搞了三次', c).values)).toEqual(['fires=0@2026-11', 'talks=3@2026-11']);
    expect(summary(parseReply('本月无火情宣传两次', c).values)).toEqual(['fires=0@2026-11', 'talks=2@2026-11']);
  });
  it('24小时 inside a yes/no field\'s name is no figure', () => {
    expect(summary(parseReply('宣传4次，24小时值守已落实', c).values)).toEqual(['duty=true@2026-11', 'talks=4@2026-11']);
  });
});

describe('periods and rates of change', () => {
  const output: FieldDef = { key: 'output', label: '规上工业总产值', aliases: ['工业产值'], type: 'number', unit: '万元', min: 0 };
  const invest: FieldDef = { key: 'invest', label: '固定资产投资额', aliases: ['固投'], type: 'number', unit: '万元', min: 0 };
  const growth: FieldDef = { key: 'growth', label: '固定资产投资增速', aliases: ['投资增速'], type: 'number', unit: '%' };
  const pop = int('pop', '常住人口数', ['常住人口'], '人');
  const c = ctx(open(output, '2026-Q3'), open(output, '2026-Q4'), open(invest, '2026-10-31'), open(growth, '2026-10-31'), open(pop, '2026-10-31'));
  it('a bare figure after a period only one item is open for is that item\'s (a table of quarters, 四季度到现在是…)', () => {
    expect(summary(parseReply('三季度 四季度\n61,300 40,120', c).values)).toEqual(['output=40120@2026-Q4', 'output=61300@2026-Q3']);
    expect(summary(parseReply('四季度到现在是31,000万元', c).values)).toEqual(['output=31000@2026-Q4']);
  });
  it('同比增长6.1% is the level of a growth rate; 比去年同期下降2个百分点 is not, nor is 去年 its period', () => {
    expect(summary(parseReply('1-10月固投2.1亿元，同比增长6.1%', c).values)).toEqual(['growth=6.1@2026-10-31', 'invest=21000@2026-10-31']);
    expect(summary(parseReply('固投2.1亿元，比去年同期下降2个百分点，常住人口3.1万', c).values)).toEqual(['invest=21000@2026-10-31', 'pop=31000@2026-10-31']);
  });
});

describe('a correction labelled only by its measure word', () => {
  it('户数也改成33户: the one item counted in 户 whose name says no part dealt with', () => {
    const c = ctx(open(households, '2026-11', true), open(persons, '2026-11', true), open(helped, '2026-11', true));
    expect(summary(parseReply('户数也改成33户', c).values)).toEqual(['monitored_households=33@2026-11']);
  });
  it('asks which when two such items are counted in 户', () => {
    const dilapidated = int('dilapidated', '危房户数', ['危房'], '户');
    const parsed = parseReply('户数也改成33户', ctx(open(households, '2026-11', true), open(dilapidated, '2026-11', true)));
    expect(parsed.values).toEqual([]);
    expect(parsed.choices.map((ch) => ch.options.map((o) => o.field).sort())).toEqual([['dilapidated', 'monitored_households']]);
  });
});

describe('amounts and rates of change', () => {
  const revenue: FieldDef = { key: 'revenue', label: '一般公共预算收入', aliases: ['财政收入'], type: 'number', unit: '万元', min: 0 };
  const growth: FieldDef = { key: 'revenue_growth', label: '一般公共预算收入增幅', aliases: ['财政收入增幅'], type: 'number', unit: '%' };
  const c = ctx(open(revenue, '2026-10-31'), open(growth, '2026-10-31'));
  it('财政收入7320万 is an amount, never the rate', () => {
    expect(summary(parseReply('财政收入7320万', c).values)).toEqual(['revenue=7320@2026-10-31']);
  });
  it('同比下降3.1% is a rate of -3.1, 同比增长3.1% of 3.1', () => {
    expect(summary(parseReply('财政收入1.2亿元，同比下降3.1%', c).values)).toEqual(['revenue=12000@2026-10-31', 'revenue_growth=-3.1@2026-10-31']);
    expect(summary(parseReply('财政收入1.2亿元，同比增长3.1%', c).values)).toEqual(['revenue=12000@2026-10-31', 'revenue_growth=3.1@2026-10-31']);
  });
});
