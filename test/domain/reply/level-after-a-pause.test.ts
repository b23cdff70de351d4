// LEVEL_AFTER_PAUSE: a level word right after a typed pause (… 实际是92个 / … 现在是126户) opens a statement of its own: the
// words before the pause were said of the figure before, never this figure's label. 法人单位95个里面有3个注销了 实际是92个
// kept 95: 注销了 was read as this figure's words, naming something else.
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, F, open, summary } from './fixtures.js';

const corp: FieldDef = { key: 'jp_corp', label: '清查法人单位', aliases: ['法人单位', '法人单位数'], type: 'integer', unit: '个', min: 0 };

describe('a level word after a pause', () => {
  it('is the level, whatever happened to some of them before', () => {
    const c = ctx(open(corp, '2026-11', true));
    for (const t of ['法人单位95个里面有3个注销了 实际是92个', '法人单位95个 有3个注销了 现在是92个']) {
      expect(summary(parseReply(t, c).values)).toEqual(['jp_corp=92@2026-11']);
    }
    const d = ctx(open(F.dibaoHouseholds, '2026-11', true), open(F.dibaoPersons));
    expect(summary(parseReply('低保户数128户 有2户迁走了 实际是126户', d).values)).toEqual(['dibao_households=126@2026-11']);
  });

  it('leaves a figure with words of its own after the pause alone', () => {
    const d = ctx(open(F.dibaoHouseholds), open(F.dibaoPersons));
    expect(summary(parseReply('低保户数128户 迁走了2户 低保人数203人', d).values)).toEqual(['dibao_households=128@2026-11', 'dibao_persons=203@2026-11']);
  });
});
