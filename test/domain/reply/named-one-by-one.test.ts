// ONE_BY_ONE_NAMED (read-clause.ts): 两个隐患点一个是199号一个是白勺洋 — 一个是…一个是… (or 另一个是) names the things counted one
// by one: no 一个 is a figure, and the figure before them takes the noun it counts (隐患点 1 was stored over 两个).
// HOUSE_NUMBER (hide.ts): a number before 号 is a day or a house number, never a count; a day's pattern blanked 99号 of 199号
// and left the 1 to be read.
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';

const int = (key: string, label: string, aliases: string[], unit: string): FieldDef => ({ key, label, aliases, type: 'integer', unit, min: 0 });
const c = ctx(open(int('points', '地质灾害隐患点', ['隐患点'], '处')), open(int('hh', '受威胁户数', ['受威胁户'], '户')));

describe('things counted, then named one by one', () => {
  it('一个是…一个是… is no figure', () => {
    expect(summary(parseReply('两个隐患点 一个是滑坡 另一个是崩塌', c).values)).toEqual(['points=2@2026-11']);
    expect(summary(parseReply('马洪村两个隐患点一个是199号一个是白勺洋受威胁十四户', c).values)).toEqual(['hh=14@2026-11', 'points=2@2026-11']);
  });

  it('a single one said to be something stays a figure', () => {
    expect(summary(parseReply('隐患点1处是新发现的', c).values)).toEqual(['points=1@2026-11']);
  });

  it('a house number is no figure', () => {
    expect(summary(parseReply('隐患点：2处（六月坂、洪东新村105号）', c).values)).toEqual(['points=2@2026-11']);
    expect(summary(parseReply('隐患点一处在199号', c).values)).toEqual(['points=1@2026-11']);
    expect(summary(parseReply('隐患点在199号，受威胁5户', c).values)).toEqual(['hh=5@2026-11']);
    expect(summary(parseReply('隐患点：199号', c).values)).toEqual([]);
  });
});
