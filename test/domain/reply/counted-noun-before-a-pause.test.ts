// COUNTED_NOUN_BEFORE_A_PAUSE (read-clause.ts): 设了4个劝导点 一共8个护林员 — the noun right after a figure's measure word, ended by
// a typed pause, is what that figure counts; it is no label of the next figure. Read as the next figure's label, 劝导点 made
// 一共8个 the level of 劝导点 (8 replaced 4, and 护林员 was left unanswered).
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';

const int = (key: string, label: string, aliases: string[], unit: string): FieldDef => ({ key, label, aliases, type: 'integer', unit, min: 0 });
const points = int('points', '护林防火劝导点', ['劝导点', '防火劝导点'], '个');
const rangers = int('rangers', '护林防火员', ['护林员', '防火员'], '人');
const patrols = int('patrols', '巡山次数', ['巡山', '巡查次数'], '次');

describe('the noun a figure counts, then a pause', () => {
  const c = ctx(open(points), open(rangers), open(patrols));

  it('stays with the figure before the pause', () => {
    expect(summary(parseReply('设了4个劝导点 一共8个护林员', c).values)).toEqual(['points=4@2026-11', 'rangers=8@2026-11']);
    expect(summary(parseReply('东方红村设了4个劝导点 每个点2个人 一共8个护林员 这个月巡山62次', c).values))
      .toEqual(['patrols=62@2026-11', 'points=4@2026-11', 'rangers=8@2026-11']);
  });

  it('not for a figure whose own words name an item, nor over a blanked period word', () => {
    const live: FieldDef = int('live', '困难残疾人生活补贴人数', ['生活补贴'], '人');
    const care: FieldDef = int('care', '重度残疾人护理补贴人数', ['护理补贴'], '人');
    expect(summary(parseReply('生活补贴五十六人护理补贴上月七十一人本月七十三人', ctx(open(live), open(care))).values))
      .toEqual(['care=73@2026-11', 'live=56@2026-11']);
  });
});
