// Binding by layout and meaning (issue 14): list numbering anywhere in a line, what a bracket's period covers, an
// explanatory figure after the main one, yes/no by polarity, options in short, text kept whole.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { F, ctx, open, summary } from './fixtures.js';

const social = ctx(open(F.dibaoHouseholds), open(F.dibaoPersons), open(F.tekun));
const values = (text: string, c = social): string[] => summary(parseReply(text, c).values);

describe('list numbering is not a figure', () => {
  it.each([
    '1、低保户数120户；2、低保人数200人',
    '低保户数120户，2、低保人数200人',
    '1.低保户数120户 2.低保人数200人',
    '（1）低保户数120户（2）低保人数200人',
  ])('%s', (text) => {
    expect(values(text)).toEqual(['dibao_households=120@2026-11', 'dibao_persons=200@2026-11']);
  });

  it('figures listed with 、 stay figures', () => {
    expect(values('低保户数120、低保人数200')).toEqual(['dibao_households=120@2026-11', 'dibao_persons=200@2026-11']);
    expect(values('低保户数、低保人数分别为120、200')).toEqual(['dibao_households=120@2026-11', 'dibao_persons=200@2026-11']);
  });
});

describe('a period named inside brackets after a figure holds only inside them', () => {
  const twoMonths = ctx(open(F.dibaoHouseholds), open(F.dibaoPersons), open(F.dibaoHouseholds, '2026-10'), open(F.dibaoPersons, '2026-10'));
  it('本月低保户数120户（上月118户），低保人数200人', () => {
    expect(values('本月低保户数120户（上月118户），低保人数200人', twoMonths)).toEqual([
      'dibao_households=118@2026-10', 'dibao_households=120@2026-11', 'dibao_persons=200@2026-11',
    ]);
  });

  it('with one open period, the aside never sends the next figure elsewhere', () => {
    const r = parseReply('低保户数120户（10月底是118户），低保人数200人', social);
    expect(summary(r.values)).toContain('dibao_persons=200@2026-11');
  });
});

describe('an explanatory figure after the main one', () => {
  it.each(['低保户数120户，核查30户', '低保户数120户，已全部入户核查30户', '低保户数120户（抽查30户）'])('%s keeps 120', (text) => {
    expect(values(text)).toEqual(['dibao_households=120@2026-11']);
  });

  it('a figure for the next item still takes the label before it', () => {
    expect(values('低保120户，208人')).toEqual(['dibao_households=120@2026-11', 'dibao_persons=208@2026-11']);
    expect(values('低保120户，涉及208人')).toEqual(['dibao_households=120@2026-11', 'dibao_persons=208@2026-11']);
  });
});

describe('yes/no by polarity about the field', () => {
  const check = ctx(open(F.selfCheck), open(F.dibaoHouseholds));
  it.each([
    ['是否完成自查：有的', true], ['自查弄好了', true], ['自查已经搞完了', true], ['自查还没弄', false], ['是否完成自查：没有', false],
  ])('%s', (text, yes) => {
    expect(values(text, check)).toEqual([`self_check_done=${yes}@2026-11`]);
  });

  it('a bare 已经搞完 answers the one question still waiting, and nothing when a figure is also waiting', () => {
    expect(values('已经搞完', ctx(open(F.selfCheck), open(F.dibaoHouseholds, '2026-11', true)))).toEqual(['self_check_done=true@2026-11']);
    expect(values('已经搞完', check)).toEqual([]);
  });
});

describe('an option given in short', () => {
  const risk: FieldDef = { key: 'risk', label: '风险等级', aliases: [], type: 'enum', options: ['高风险', '中风险', '低风险'] };
  it.each([['风险等级：中', '中风险'], ['风险等级：低', '低风险'], ['整改进度：中', '整改中']])('%s', (text, option) => {
    const field = option === '整改中' ? F.rectify : risk;
    expect(values(text, ctx(open(field)))).toEqual([`${field.key}="${option}"@2026-11`]);
  });

  it('a part two options share, or a degree that is no option (较高), is a question', () => {
    for (const text of ['风险等级：风险', '风险等级：较高']) {
      const r = parseReply(text, ctx(open(risk)));
      expect(r.values).toEqual([]);
      expect(r.invalid.map((v) => v.field)).toEqual(['risk']);
    }
  });
});

describe('text values are kept whole', () => {
  const contact = ctx(open(F.contact));
  it.each([
    '张某与李某（邻里）因宅基地/界址纠纷', '王某“某某”', '=SUM(A1:A3)', '李四/王五（代）',
  ])('联系人：%s', (value) => {
    expect(parseReply(`联系人：${value}`, contact).values.map((v) => v.value)).toEqual([value]);
  });

  it('trimmed of whitespace only, kept to the end of its line, and stopped at another item\'s label', () => {
    expect(parseReply('联系人：  张三  ', contact).values.map((v) => v.value)).toEqual(['张三']);
    expect(parseReply('联系人：张三 13812345678', contact).values.map((v) => v.value)).toEqual(['张三 13812345678']);
    expect(parseReply('联系人：张三，13812345678\n低保户数3户', ctx(open(F.contact), open(F.dibaoHouseholds))).values.map((v) => v.value))
      .toEqual(['张三，13812345678', 3]);
    expect(parseReply('联系人：张三，低保户数3户', ctx(open(F.contact), open(F.dibaoHouseholds))).values.map((v) => v.value))
      .toEqual(['张三', 3]);
  });
});

describe('bound against the whole dictionary first', () => {
  const dictionary = [F.dibaoHouseholds, F.dibaoPersons, F.tekun, F.subsidy, F.food, F.gas,
    { key: 'certified_disabled', label: '持证残疾人数', aliases: ['持证残疾人人数'], type: 'integer', unit: '人', min: 0 } as FieldDef];
  const asked = (...fields: FieldDef[]) => ({ ...ctx(...fields.map((f) => open(f))), dictionary });

  it('a figure for an item nobody asked is reported as such', () => {
    const r = parseReply('低保人数208人，特困人数5人', asked(F.dibaoPersons));
    expect(summary(r.values)).toEqual(['dibao_persons=208@2026-11']);
    expect(r.unasked).toEqual([{ field: 'tekun_persons', raw: '5人' }]);
    expect(parseReply('燃气隐患3处', asked(F.food)).unasked).toEqual([{ field: 'gas_hazards', raw: '3处' }]);
  });

  it('a label two items answer to about equally is filed only after the reporter confirms', () => {
    const r = parseReply('残疾人数5人', asked(F.subsidy));
    expect(r.values).toMatchObject([{ field: 'disability_subsidy_persons', value: 5, confirm: '“残疾人数”是指残疾人两项补贴人数吗？' }]);
  });

  it('a label that spells out the asked item is filed at once', () => {
    expect(parseReply('两项补贴人数5人', asked(F.subsidy)).values).toMatchObject([{ field: 'disability_subsidy_persons', value: 5 }]);
    expect(parseReply('两项补贴人数5人', asked(F.subsidy)).values[0]!.confirm).toBeUndefined();
  });
});

describe('one short question instead of a guess', () => {
  it('120 alone with two items waiting', () => {
    const r = parseReply('120', social);
    expect(r.values).toEqual([]);
    expect(r.choices).toHaveLength(1);
    expect(r.choices[0]!.options.map((o) => o.field).sort()).toEqual(['dibao_households', 'dibao_persons', 'tekun_persons']);
  });

  it('a figure without a period takes the period the reply\'s other figures answer', () => {
    const twoMonths = ctx(open(F.dibaoHouseholds, '2026-10'), open(F.tekun, '2026-10'), open(F.tekun, '2026-11'));
    expect(summary(parseReply('低保户数120户，特困供养6人', twoMonths).values)).toEqual([
      'dibao_households=120@2026-10', 'tekun_persons=6@2026-10',
    ]);
    expect(parseReply('特困供养6人', twoMonths).choices[0]!.options.map((o) => o.period).sort()).toEqual(['2026-10', '2026-11']);
  });
});

describe('a bare number under a label two measures share', () => {
  it('临时救助20 with 人次 and 金额 both open is a question', () => {
    const r = parseReply('临时救助20', ctx(open(F.tempTimes), open(F.tempAmount)));
    expect(r.values).toEqual([]);
    expect(r.choices[0]!.options.map((o) => o.field).sort()).toEqual(['temp_aid_amount', 'temp_aid_times']);
    expect(summary(parseReply('临时救助20人次', ctx(open(F.tempTimes), open(F.tempAmount))).values)).toEqual(['temp_aid_times=20@2026-11']);
  });
});

describe('the same as another period', () => {
  const births: FieldDef = { key: 'births', label: '出生人数', aliases: [], type: 'integer', unit: '人', min: 0 };
  const deaths: FieldDef = { key: 'deaths', label: '死亡人数', aliases: [], type: 'integer', unit: '人', min: 0 };
  const both = ctx(open(births, '2026-10'), open(deaths, '2026-10'), open(births), open(deaths));
  it('上月出生死亡和本月一样 takes this month\'s figures for last month', () => {
    expect(summary(parseReply('本月出生1人，死亡2人，上月出生死亡和本月一样', both).values)).toEqual([
      'births=1@2026-10', 'births=1@2026-11', 'deaths=2@2026-10', 'deaths=2@2026-11',
    ]);
  });

  it('only the items named', () => {
    expect(summary(parseReply('本月出生1人，死亡2人，上月出生和本月一样', both).values)).toEqual([
      'births=1@2026-10', 'births=1@2026-11', 'deaths=2@2026-11',
    ]);
  });
});

describe('还是 as "still"', () => {
  it('低保户数没变还是120户 is a figure, 是按…还是… a question', () => {
    expect(summary(parseReply('低保户数没变还是120户', social).values)).toEqual(['dibao_households=120@2026-11']);
    expect(parseReply('低保户数是按户籍还是按实际居住算？', social).question).toBe(true);
  });
});

describe('figures said to be wrong, and labels after a space', () => {
  it('是210不是208 keeps 210', () => {
    const answered = ctx(open(F.dibaoHouseholds, '2026-11', true), open(F.dibaoPersons, '2026-11', true));
    expect(summary(parseReply('刚才低保人数写错了是210不是208', answered).values)).toEqual(['dibao_persons=210@2026-11']);
  });

  it('低保户120 人数208: 人 starting the next label is not 120\'s measure word', () => {
    expect(summary(parseReply('低保户120 人数208 特困14', social).values)).toEqual([
      'dibao_households=120@2026-11', 'dibao_persons=208@2026-11', 'tekun_persons=14@2026-11',
    ]);
    expect(summary(parseReply('低保户数 120 户 ，低保人数 200 人', social).values)).toEqual(['dibao_households=120@2026-11', 'dibao_persons=200@2026-11']);
  });

  it('a share written as a fraction for a field in % is asked about', () => {
    expect(parseReply('覆盖率0.955', ctx(open(F.ratio))).values[0]?.confirm).toBe('是0.955%，还是95.5%？');
  });
});
