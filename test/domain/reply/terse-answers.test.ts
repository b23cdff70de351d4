// Terse answers: a stem that names several fields said to be none, bare figures for awaited fields, a label whose
// period sits in brackets before the figure.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctx, open, summary } from './fixtures.js';

const f = (key: string, label: string, unit: string, aliases: string[] = []): FieldDef =>
  ({ key, label, aliases, type: 'integer', unit, min: 0 });
const households = f('new_dibao_households', '新增低保户数', '户', ['新增低保户']);
const persons = f('new_dibao_persons', '新增低保人数', '人');
const volunteers = f('new_volunteers', '新增注册志愿者人数', '人', ['新增志愿者']);
const shops = f('new_businesses', '新增个体工商户数', '家');
const petitions = f('petitions', '信访件数', '件', ['信访数']);
const backlog = f('backlog_resolved', '信访积案化解件数', '件', ['积案化解件数']);

describe('terse answers', () => {
  it('低保没有新增: every field the stem names equally is 0', () => {
    const c = ctx(open(households), open(persons), open(shops, '2026'));
    expect(summary(parseReply('低保没有新增', c).values)).toEqual([
      'new_dibao_households=0@2026-11', 'new_dibao_persons=0@2026-11',
    ]);
    // a stem naming one field only: that field
    expect(summary(parseReply('个体户没有新增', c).values)).toEqual(['new_businesses=0@2026']);
  });

  it('2户3人: a bare figure goes to the field still awaited, not to one already answered', () => {
    const c = ctx(open(volunteers, '2026-11', true), open(households), open(persons), open(shops, '2026'));
    expect(summary(parseReply('2户3人', c).values)).toEqual([
      'new_dibao_households=2@2026-11', 'new_dibao_persons=3@2026-11',
    ]);
  });

  it('two awaited fields with the same unit: a bare figure stays unread', () => {
    const c = ctx(open(volunteers), open(persons));
    expect(parseReply('3人', c).values).toEqual([]);
  });

  it('信访件数（截至11月15日）11件: the label before the bracket, spelled out fully, wins', () => {
    const c = ctx(open(petitions, '2026-11-15'), open(backlog, '2025'));
    expect(summary(parseReply('信访件数（截至11月15日）11件，2025年积案化解4件', c).values)).toEqual([
      'backlog_resolved=4@2025', 'petitions=11@2026-11-15',
    ]);
  });
});

describe('magnitudes against a 万元 field', () => {
  const revenue: FieldDef = { key: 'revenue', label: '规上企业营业收入', aliases: ['规上营收'], type: 'number', unit: '万元', min: 0 };
  const c = ctx(open(revenue));
  it.each([
    ['规上营收1.2亿', 12000], ['规上营收0.35亿元', 3500], ['规上营收3,456.7万元', 3456.7], ['规上营收865.2万', 865.2],
    ['规上营收2180.5', 2180.5], ['规上营收35000元', 3.5],
  ])('%s → %s', (text, want) => expect(parseReply(text, c).values.map((v) => v.value)).toEqual([want]));
});
