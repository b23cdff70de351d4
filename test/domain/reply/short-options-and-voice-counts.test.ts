// Options and yes/no said in short, and voice counts run together.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctx, F, open, summary } from './fixtures.js';

const level: FieldDef = { key: 'risk_level', label: '风险等级', aliases: [], type: 'enum', options: ['重大风险', '较大风险', '一般风险', '低风险'] };
const threeLevels: FieldDef = { key: 'risk_level', label: '风险等级', aliases: [], type: 'enum', options: ['高风险', '中风险', '低风险'] };
const plan: FieldDef = { key: 'plan_revised', label: '是否完成应急预案修订', aliases: ['应急预案修订情况'], type: 'boolean' };

describe('an option said as part of it', () => {
  it('较大 is 较大风险 when that option has the degree word', () => {
    expect(summary(parseReply('风险等级较大', ctx(open(level))).values)).toEqual(['risk_level="较大风险"@2026-11']);
  });

  it('较高 against 高风险/中风险/低风险 is still asked', () => {
    const r = parseReply('风险等级较高', ctx(open(threeLevels)));
    expect(r.values).toEqual([]);
    expect(r.invalid.map((v) => v.field)).toEqual(['risk_level']);
  });
});

describe('a yes/no labelled by the tail of what it asks about', () => {
  it('预案修订：是 answers 是否完成应急预案修订', () => {
    expect(summary(parseReply('预案修订：是，昨天县里批了', ctx(open(plan))).values)).toEqual(['plan_revised=true@2026-11']);
    expect(summary(parseReply('预案修订：否', ctx(open(plan))).values)).toEqual(['plan_revised=false@2026-11']);
  });
});

describe('voice counts', () => {
  it('两个人次 counts 人次, and the figure before it keeps its own label', () => {
    const c = ctx(open(F.tekun), open(F.tempTimes), open(F.tempAmount));
    expect(summary(parseReply('特困五个临时救助两个人次金额一千五', c).values)).toEqual([
      'tekun_persons=5@2026-11', 'temp_aid_amount=1500@2026-11', 'temp_aid_times=2@2026-11',
    ]);
  });

  it('a state word later in an unpunctuated reply speaks of its own item, not of the figure before it', () => {
    const c = ctx(open(F.extinguishers), open(F.selfCheck));
    expect(summary(parseReply('灭火器过期三个没有住人的自查还没有搞完', c).values)).toContain('expired_extinguishers=3@2026-11');
  });
});

describe('options said in other words', () => {
  const risk: FieldDef = { key: 'main_risk', label: '主要致贫风险', aliases: [], type: 'enum', options: ['因病', '因残', '因学', '因灾', '缺劳动力'] };

  it('缺劳力 is 缺劳动力: the characters of exactly one option, in order', () => {
    expect(summary(parseReply('主要致贫风险：缺劳力', ctx(open(risk))).values)).toEqual(['main_risk="缺劳动力"@2026-11']);
  });

  it('在整改 is 整改中', () => {
    expect(summary(parseReply('整改进度：在整改', ctx(open(F.rectify))).values)).toEqual(['fire_rectify_status="整改中"@2026-11']);
  });
});

describe('个 after a label that is only a measure word and 数', () => {
  it('人数28个 counts persons', () => {
    expect(summary(parseReply('低保户数12户，人数28个', ctx(open(F.dibaoHouseholds), open(F.dibaoPersons))).values)).toEqual([
      'dibao_households=12@2026-11', 'dibao_persons=28@2026-11',
    ]);
  });
});
