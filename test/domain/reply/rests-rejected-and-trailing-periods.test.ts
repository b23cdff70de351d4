// What is left to do, a figure said to be wrong, a figure spoken of by when it was given, a period said after a figure,
// something done again since the last figure, and figures inside a text value: none of them is read as a level of
// the item it sits beside.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctx, F, open, summary } from './fixtures.js';

const fixed: FieldDef = { key: 'hazards_fixed', label: '已整改隐患数', aliases: ['整改隐患数'], type: 'integer', unit: '处', min: 0 };
const found: FieldDef = { key: 'hazards_found', label: '发现隐患数', aliases: ['隐患数'], type: 'integer', unit: '处', min: 0 };
const caseText: FieldDef = { key: 'key_case', label: '重点纠纷情况', aliases: ['重点纠纷'], type: 'text' };
const cases: FieldDef = { key: 'cases_found', label: '排查纠纷件数', aliases: ['纠纷件数'], type: 'integer', unit: '件', min: 0 };
const persons: FieldDef = { key: 'persons_involved', label: '涉及人数', aliases: [], type: 'integer', unit: '人', min: 0 };
const subsidy: FieldDef = { key: 'living_subsidy', label: '生活补贴人数', aliases: [], type: 'integer', unit: '人', min: 0 };

describe('what is left to do', () => {
  const c = ctx(open(found, '2026-11', true), open(fixed, '2026-11', true));
  it('还有2处没改完 / 剩3处在改 count the rest, not what was fixed', () => {
    expect(summary(parseReply('整改还没到位，还有2处没改完', c).values)).toEqual([]);
    expect(summary(parseReply('隐患没全部整改 剩3处在改', c).values)).toEqual([]);
  });
});

describe('a figure said to be wrong', () => {
  const c = ctx(open(F.gas, '2026-11', true), open(F.dibaoHouseholds, '2026-11', true));
  it('the figure followed by 打错了 / 不对 is the rejected one; the one after it is stored', () => {
    expect(summary(parseReply('燃气隐患12处打错了 应该是21处', c).values)).toEqual(['gas_hazards=21@2026-11']);
    expect(summary(parseReply('低保户数表里写的35不对，是53户', c).values)).toEqual(['dibao_households=53@2026-11']);
  });
  it('没错 keeps the figure', () => {
    expect(summary(parseReply('低保户数35户没错', c).values)).toEqual(['dibao_households=35@2026-11']);
  });
});

describe('a figure spoken of by when it was given', () => {
  const c = ctx(open(F.ratio, '2026-11', true));
  it('之前60 is the earlier figure; the corrected one stands', () => {
    expect(summary(parseReply('覆盖率64%，之前60是估的', c).values)).toEqual(['coverage_ratio=64@2026-11']);
  });
});

describe('a period said right after a figure', () => {
  const c = ctx(open(F.ratio, '2026-11', true), open(F.ratio, '2026-10', true));
  it('86%是11月的，10月的80%也对: each figure takes the period said after it', () => {
    expect(summary(parseReply('覆盖率86%是11月的，10月的80%也对', c).values)).toEqual(['coverage_ratio=80@2026-10', 'coverage_ratio=86@2026-11']);
  });
});

describe('done again since the last figure', () => {
  const c = ctx(open(found, '2026-11', true), open(subsidy, '2026-11'));
  const changes = (t: string) => parseReply(t, c).changes.map((x) => `${x.field}+${x.delta}:${x.against}`);
  it('又发现了3处 is added to the figure held', () => {
    expect(summary(parseReply('隐患又发现了3处', c).values)).toEqual([]);
    expect(changes('隐患又发现了3处')).toEqual(['hazards_found+3:held']);
  });
  it('比上次多查出了2处 is a change against the figure held', () => {
    expect(changes('隐患比上次多查出了2处')).toEqual(['hazards_found+2:held']);
  });
  it('补 that starts the item\'s own word is no change (生活补贴发了9人)', () => {
    expect(summary(parseReply('生活补贴发了9人', c).values)).toEqual(['living_subsidy=9@2026-11']);
  });
});

describe('figures inside a text value', () => {
  const c = ctx(open(caseText), open(cases), open(persons), open(F.contact), open(F.dibaoHouseholds));
  it('重点纠纷：5组… keeps 5组 and 涉及8户 as words of the text', () => {
    const r = parseReply('重点纠纷：5组李某与邻居因引水管纠纷，涉及8户，已调解', c);
    expect(summary(r.values)).toEqual(['key_case="5组李某与邻居因引水管纠纷，涉及8户，已调解"@2026-11']);
  });
  it('重点纠纷无 answers the text item, not the count of disputes', () => {
    expect(summary(parseReply('重点纠纷无', c).values)).toEqual(['key_case="无"@2026-11']);
  });
  it('a contact said in a voice run ends where the next item starts', () => {
    const r = parseReply('联系人 王芳 13800001111 低保户数12户', c);
    expect(summary(r.values)).toEqual(['contact_person="王芳 13800001111"@2026-11', 'dibao_households=12@2026-11']);
  });
});

describe('the level after what was left out', () => {
  const c = ctx(open(F.dibaoHouseholds, '2026-11', true));
  it('漏了两户，加上是38户 replaces the figure held', () => {
    expect(summary(parseReply('低保户漏了两户，加上是38户', c).values)).toEqual(['dibao_households=38@2026-11']);
  });
});
