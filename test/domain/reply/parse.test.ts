import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

const social = ctx(
  open(F.dibaoHouseholds), open(F.dibaoPersons), open(F.tekun), open(F.tempTimes), open(F.tempTimes, '2026-10'),
  open(F.tempAmount), open(F.tempAmount, '2026-10'), open(F.medicalTimes), open(F.medicalAmount),
  open(F.centenarians, '2026-11-20'), open(F.subsidy), open(F.dilapidated, '2026'), open(F.dilapidated, '2026-Q4'),
);
const safety = ctx(
  open(F.jiuxiao, '2026-11-25'), open(F.inspected, '2026-11-25'), open(F.inspected), open(F.blocked, '2026-11-25'),
  open(F.extinguishers, '2026-11-25'), open(F.food), open(F.gas), open(F.gas, '2026-11-25'),
  open(F.selfCheck, '2026-11-25'), open(F.rectify, '2026-11-25'), open(F.manholes), open(F.septic),
);
const values = (text: string, c = social): string[] => summary(parseReply(text, c).values);

describe('figures with labels', () => {
  it('reads label：number and label-number-unit', () => {
    expect(values('低保户数：120')).toEqual(['dibao_households=120@2026-11']);
    expect(values('低保120户，特困4人')).toEqual(['dibao_households=120@2026-11', 'tekun_persons=4@2026-11']);
    expect(values('低保户数：203\n低保人数：356\n特困供养人数：27')).toEqual([
      'dibao_households=203@2026-11', 'dibao_persons=356@2026-11', 'tekun_persons=27@2026-11',
    ]);
  });

  it('uses the unit to choose between fields sharing a stem', () => {
    expect(values('朱沱镇本月低保一百二十六户、二百零八人')).toEqual(['dibao_households=126@2026-11', 'dibao_persons=208@2026-11']);
    expect(values('本月临时救助9人次，1.5万元')).toEqual(['temp_aid_amount=15000@2026-11', 'temp_aid_times=9@2026-11']);
  });

  it('binds a bare 金额 to the stem just mentioned', () => {
    expect(values('本月临时救助21人次、金额4.6万，医疗救助33人次')).toEqual([
      'medical_aid_times=33@2026-11', 'temp_aid_amount=46000@2026-11', 'temp_aid_times=21@2026-11',
    ]);
    expect(values('本月医疗救助21人次，金额3.2万')).toEqual(['medical_aid_amount=32000@2026-11', 'medical_aid_times=21@2026-11']);
  });

  it('matches abbreviated labels by shared characters and unit', () => {
    expect(values('华新社区本月查了32家', safety)).toEqual(['inspected_venues=32@2026-11']);
    expect(values('截至25日：九小场所56家，已检查48家，过期灭火器6具', safety)).toEqual([
      'expired_extinguishers=6@2026-11-25', 'inspected_venues=48@2026-11-25', 'jiuxiao_venues=56@2026-11-25',
    ]);
    expect(values('本月两项补贴享受人数186人')).toEqual(['disability_subsidy_persons=186@2026-11']);
    expect(values('特困3人')).toEqual(['tekun_persons=3@2026-11']);
  });

  it('reads a label written after the number', () => {
    expect(values('本月120户低保户')).toEqual(['dibao_households=120@2026-11']);
  });

  it('reads Chinese numerals and multipliers', () => {
    expect(values('松溉镇百岁老人一人；两项补贴一百六十七人')).toEqual([
      'centenarians=1@2026-11-20', 'disability_subsidy_persons=167@2026-11',
    ]);
    expect(values('本月食品安全隐患两处，井盖破损十二个', safety)).toEqual([
      'broken_manhole_covers=12@2026-11', 'food_safety_hazards=2@2026-11',
    ]);
    expect(values('本月临时救助金额3.5万元')).toEqual(['temp_aid_amount=35000@2026-11']);
    expect(values('10月临时救助金额是52000元')).toEqual(['temp_aid_amount=52000@2026-10']);
    expect(values('本月临时救助金额1.28万')).toEqual(['temp_aid_amount=12800@2026-11']);
    expect(values('本月临时救助金额１２８００元')).toEqual(['temp_aid_amount=12800@2026-11']);
  });

  it('converts to a 万元 field', () => {
    const wan = { ...F.tempAmount, unit: '万元' };
    expect(values('临时救助金额3.5万元', ctx(open(wan)))).toEqual(['temp_aid_amount=3.5@2026-11']);
    expect(values('临时救助金额35000元', ctx(open(wan)))).toEqual(['temp_aid_amount=3.5@2026-11']);
  });

  it('never takes numbers from dates, unit names or period words', () => {
    expect(values('茶山竹海街道11月数据：低保户数97')).toEqual(['dibao_households=97@2026-11']);
    expect(values('11月26日前报的低保户数：97')).toEqual(['dibao_households=97@2026-11']);
    expect(values('截至25日', safety)).toEqual([]);
    expect(values('1. 低保户数120\n2. 低保人数208')).toEqual(['dibao_households=120@2026-11', 'dibao_persons=208@2026-11']);
  });

  it('ignores fields that are not open', () => {
    expect(values('低保户数120，燃气隐患3处', ctx(open(F.dibaoHouseholds)))).toEqual(['dibao_households=120@2026-11']);
  });

  it('takes a bare figure when one field is open', () => {
    expect(values('120', ctx(open(F.dibaoHouseholds)))).toEqual(['dibao_households=120@2026-11']);
    expect(values('共120户', ctx(open(F.dibaoHouseholds), open(F.dibaoPersons)))).toEqual(['dibao_households=120@2026-11']);
    expect(values('120', ctx(open(F.dibaoHouseholds), open(F.dibaoPersons)))).toEqual([]);
    expect(values('3个社区共检查场所48家', ctx(open(F.manholes), open(F.inspected)))).toEqual(['inspected_venues=48@2026-11']);
  });
});

describe('figures that depend on their neighbours', () => {
  it('qualifies the label just mentioned with the number\'s own words', () => {
    expect(values('本月临时救助金额4.6万元，人次21')).toEqual(['temp_aid_amount=46000@2026-11', 'temp_aid_times=21@2026-11']);
    expect(values('本月低保户数120，人数208')).toEqual(['dibao_households=120@2026-11', 'dibao_persons=208@2026-11']);
  });

  it('keeps a total when a breakdown follows (其中)', () => {
    expect(values('本月特困供养人数14人，其中集中供养3人')).toEqual(['tekun_persons=14@2026-11']);
  });

  it('skips changes (比上月增加3户)', () => {
    expect(values('本月低保户数120，比上月增加3户')).toEqual(['dibao_households=120@2026-11']);
  });

  it('applies one figure to every listed label (均/各) and reads 分别 in order', () => {
    const c = ctx(open(F.gas), open(F.food), open(F.septic));
    expect(values('燃气、化粪池隐患均为0', c)).toEqual(['gas_hazards=0@2026-11', 'septic_tank_hazards=0@2026-11']);
    expect(values('食品安全、燃气均无隐患', c)).toEqual(['food_safety_hazards=0@2026-11', 'gas_hazards=0@2026-11']);
    expect(values('本月低保户、低保人数分别为120、208')).toEqual(['dibao_households=120@2026-11', 'dibao_persons=208@2026-11']);
  });

  it('reads 4万6千 and does not bind a lone shared character of another field', () => {
    expect(values('本月临时救助金额：4万6千元')).toEqual(['temp_aid_amount=46000@2026-11']);
    expect(values('占道经营0处', ctx(open(F.blocked), open(F.gas)))).toEqual([]);
  });
});

describe('none stated in words', () => {
  it('reads 没有/无 as 0 for the field mentioned', () => {
    expect(values('中山路街道没有百岁老人，填0')).toEqual(['centenarians=0@2026-11-20']);
    expect(values('本月食品安全隐患没有', safety)).toEqual(['food_safety_hazards=0@2026-11']);
    expect(values('本月化粪池没发现隐患，填0', safety)).toEqual(['septic_tank_hazards=0@2026-11']);
    expect(values('没有，填0', ctx(open(F.food)))).toEqual(['food_safety_hazards=0@2026-11']);
    expect(values('无', ctx(open(F.food)))).toEqual(['food_safety_hazards=0@2026-11']);
  });
});

describe('booleans, enums, dates, text', () => {
  it('reads booleans', () => {
    expect(values('已完成自查', safety)).toEqual(['self_check_done=true@2026-11-25']);
    expect(values('是否完成自查：否', safety)).toEqual(['self_check_done=false@2026-11-25']);
    expect(values('是否完成自查：是', safety)).toEqual(['self_check_done=true@2026-11-25']);
    expect(values('自查已完成', safety)).toEqual(['self_check_done=true@2026-11-25']);
    expect(values('还未完成自查', safety)).toEqual(['self_check_done=false@2026-11-25']);
  });

  it('reads a bare yes/no only when that question is all that is open', () => {
    expect(values('是', ctx(open(F.selfCheck)))).toEqual(['self_check_done=true@2026-11']);
    expect(values('否', ctx(open(F.selfCheck)))).toEqual(['self_check_done=false@2026-11']);
    expect(values('没有', ctx(open(F.selfCheck), open(F.gas), open(F.food)))).toEqual([]);
    expect(values('整改中', ctx(open(F.rectify), open(F.gas)))).toEqual(['fire_rectify_status="整改中"@2026-11']);
  });

  it('reads enum options after the label', () => {
    expect(values('整改进度：整改中', safety)).toEqual(['fire_rectify_status="整改中"@2026-11-25']);
    expect(values('整改进度整改中', safety)).toEqual(['fire_rectify_status="整改中"@2026-11-25']);
    expect(values('已完成自查。整改进度：已完成', safety)).toEqual([
      'fire_rectify_status="已完成"@2026-11-25', 'self_check_done=true@2026-11-25',
    ]);
  });

  it('maps progress said in other words to the option', () => {
    expect(values('整改进度：正在整改', safety)).toEqual(['fire_rectify_status="整改中"@2026-11-25']);
    expect(values('整改进度：整改完毕', safety)).toEqual(['fire_rectify_status="已完成"@2026-11-25']);
    expect(values('整改进度：还没开始', safety)).toEqual(['fire_rectify_status="未开始"@2026-11-25']);
  });

  it('reports an enum answer that is not an option', () => {
    const r = parseReply('整改进度：差不多了', safety);
    expect(r.values).toEqual([]);
    expect(r.invalid[0]).toMatchObject({ field: 'fire_rectify_status', reason: expect.stringContaining('整改中') });
  });

  it('reads dates and text', () => {
    expect(values('检查日期：11月20日', ctx(open(F.inspectedOn)))).toEqual(['inspection_date="2026-11-20"@2026-11']);
    expect(values('负责人：张三', ctx(open(F.contact)))).toEqual(['contact_person="张三"@2026-11']);
  });
});

describe('periods', () => {
  it('chooses the period named before the value', () => {
    expect(values('上月临时救助9人次。本月两项补贴享受人数186人')).toEqual([
      'disability_subsidy_persons=186@2026-11', 'temp_aid_times=9@2026-10',
    ]);
    expect(values('10月临时救助14人次，金额2.1万元；本月临时救助9人次，1.5万元')).toEqual([
      'temp_aid_amount=15000@2026-11', 'temp_aid_amount=21000@2026-10', 'temp_aid_times=14@2026-10', 'temp_aid_times=9@2026-11',
    ]);
    expect(values('朱沱镇：全年危房改造23户，其中四季度6户')).toEqual([
      'dilapidated_households=23@2026', 'dilapidated_households=6@2026-Q4',
    ]);
  });

  it('applies a header to the whole message', () => {
    expect(values('塔坪社区（截至11月25日）：\n已检查场所数：29\n燃气隐患：0', safety)).toEqual([
      'gas_hazards=0@2026-11-25', 'inspected_venues=29@2026-11-25',
    ]);
    expect(values('建北社区截至今天：已检查场所数55，燃气隐患数2', safety)).toEqual([
      'gas_hazards=2@2026-11-25', 'inspected_venues=55@2026-11-25',
    ]);
  });

  it('uses the only open period when none is named', () => {
    expect(values('百岁老人3人')).toEqual(['centenarians=3@2026-11-20']);
  });

  it('does not guess when the named period is not open', () => {
    const r = parseReply('9月临时救助9人次', social);
    expect(r.values).toEqual([]);
    expect(r.invalid).toMatchObject([{ field: 'temp_aid_times', period: null }]);
    expect(parseReply('上月两项补贴180人', social).values).toEqual([]);
  });

  it('does not guess between two open periods when none is named: it asks which', () => {
    const r = parseReply('临时救助9人次', social);
    expect(r.values).toEqual([]);
    expect(r.choices).toHaveLength(1);
    expect(r.choices[0]!.options.map((o) => o.period).sort()).toEqual(['2026-10', '2026-11']);
  });
});

describe('validation', () => {
  it('rejects unclear amounts with a reason', () => {
    const r = parseReply('本月临时救助人次很多，还在统计', social);
    expect(r.values).toEqual([]);
    expect(r.pending).toBe(true);
    expect(r.invalid).toMatchObject([{ field: 'temp_aid_times', period: '2026-11', reason: expect.stringContaining('人次') }]);
  });

  it('checks integers and bounds', () => {
    const r = parseReply('本月低保户数12.5户', social);
    expect(r.values).toEqual([]);
    expect(r.invalid).toMatchObject([{ field: 'dibao_households', reason: expect.stringContaining('应为整数') }]);
    expect(parseReply('覆盖率120%', ctx(open(F.ratio))).invalid[0]?.reason).toContain('100');
    expect(values('覆盖率85.5%', ctx(open(F.ratio)))).toEqual(['coverage_ratio=85.5@2026-11']);
  });
});

describe('corrections', () => {
  it('marks corrected values', () => {
    const r = parseReply('刚才报错了，低保户数应为108', ctx(open(F.dibaoHouseholds, '2026-11', true)));
    expect(r.correction).toBe(true);
    expect(r.values).toMatchObject([{ field: 'dibao_households', value: 108, correction: true }]);
  });

  it('separates a correction from a new value in the next sentence', () => {
    const r = parseReply('前天在群里报的低保户数有误，应为158户。另外10月临时救助金额是52000元', social);
    expect(r.values).toEqual([
      { field: 'dibao_households', period: '2026-11', value: 158, raw: '158户', correction: true },
      { field: 'temp_aid_amount', period: '2026-10', value: 52000, raw: '52000元', correction: false },
    ]);
  });

  it('carries a correction said alone into the next sentence', () => {
    const r = parseReply('更正。低保户数108', social);
    expect(r.values).toMatchObject([{ field: 'dibao_households', value: 108, correction: true }]);
  });

  it('reads 不对，是… as a correction', () => {
    expect(parseReply('不对，低保户数是108', social).values).toMatchObject([{ field: 'dibao_households', value: 108, correction: true }]);
  });

  it('reads 改为 and corrected booleans', () => {
    expect(parseReply('井盖破损数改为4个', safety).values).toMatchObject([{ field: 'broken_manhole_covers', value: 4, correction: true }]);
    expect(parseReply('昨天报的自查情况有误，应为已完成自查', safety).values).toMatchObject([
      { field: 'self_check_done', value: true, correction: true },
    ]);
  });

  it('prefers the answered period for an unnamed correction', () => {
    const c = ctx(open(F.tempTimes, '2026-10', true), open(F.tempTimes, '2026-11', false));
    expect(summary(parseReply('临时救助人次有误，应为12', c).values)).toEqual(['temp_aid_times=12@2026-10']);
  });
});

describe('questions, acknowledgements, pending', () => {
  it('flags questions and reads no values from them', () => {
    for (const text of ['特困人数是只报集中供养的，还是分散供养的也算？', '已检查场所数含不含复查的？', '请问临时救助金额是按审批金额还是实际发放金额填？']) {
      const r = parseReply(text, { ...social, candidates: [...social.candidates, ...safety.candidates] });
      expect(r.question).toBe(true);
      expect(r.values).toEqual([]);
      expect(r.ack).toBe(false);
    }
  });

  it('flags acknowledgements', () => {
    for (const text of ['收到', '好的', '收到👌', '明白', '👌', 'OK', '好的，谢谢']) {
      const r = parseReply(text, social);
      expect(r.ack, text).toBe(true);
      expect(r.values).toEqual([]);
    }
    expect(parseReply('好的，明天报', social)).toMatchObject({ ack: true, pending: true, values: [] });
    expect(parseReply('收到，今天下班前报', social)).toMatchObject({ ack: true, pending: true, values: [] });
  });

  it('flags pending figures', () => {
    const r = parseReply('10月临时救助台账还在核对，晚点报', social);
    expect(r).toMatchObject({ pending: true, ack: false, question: false, values: [] });
  });

  it('is not an acknowledgement when it carries data', () => {
    expect(parseReply('好的，低保户数120', social).ack).toBe(false);
  });
});

describe('asides, remainders and the unit named after a colon', () => {
  it('keeps a total when a bracket breaks it down (15户（失独11户、伤残4户）)', () => {
    const r = parseReply('低保户数15户（城市11户、农村4户）', ctx(open(F.dibaoHouseholds)));
    expect(summary(r.values)).toEqual(['dibao_households=15@2026-11']);
  });
  it('does not take a remainder (还有1件在跟进) for the figure before it', () => {
    const r = parseReply('消防通道堵塞9处，燃气隐患8处，还有1处在整改', ctx(open(F.blocked), open(F.gas)));
    expect(summary(r.values)).toEqual(['blocked_fire_exits=9@2026-11', 'gas_hazards=8@2026-11']);
  });
  it('reads a figure when the unit name sits between label and figure (低保户数：朱沱镇126户)', () => {
    const r = parseReply('低保户数：朱沱镇126户', ctx(open(F.dibaoHouseholds)));
    expect(summary(r.values)).toEqual(['dibao_households=126@2026-11']);
  });
});
