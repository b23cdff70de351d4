// SPACE_BETWEEN_ITEMS with a spaced label: 完成率 100 架次 95 (fresh19 新集 小麦 7200 飞防 7200 完成率 100 架次 95 完成了): a
// typed space after a figure, before words naming an item that are themselves followed by a typed space and a figure,
// ends the clause as a comma would. Before, 架次 was read as the measure word of 100, and 完成率 took 95 (a wrong value).
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';

const rate = { key: 'ff_rate', label: '飞防完成率', aliases: ['完成率'], type: 'number', unit: '%', min: 0, max: 100 } as FieldDef;
const sorties = { key: 'ff_sorties', label: '作业架次', aliases: ['飞行架次', '架次'], type: 'integer', unit: '架次', min: 0 } as FieldDef;
const area = { key: 'ff_done', label: '飞防面积', aliases: ['已飞防面积'], type: 'number', unit: '亩', min: 0 } as FieldDef;

describe('label, space, figure pairs one after another', () => {
  it('完成率 100 架次 95: each label keeps its own figure', () => {
    const r = parseReply('完成率 100 架次 95', ctx(open(rate), open(sorties), open(area)));
    expect(summary(r.values)).toEqual(['ff_rate=100@2026-11', 'ff_sorties=95@2026-11']);
  });

  it('飞防面积 7200 完成率 100 架次 95', () => {
    const r = parseReply('飞防面积 7200 完成率 100 架次 95', ctx(open(rate), open(sorties), open(area)));
    expect(summary(r.values)).toEqual(['ff_done=7200@2026-11', 'ff_rate=100@2026-11', 'ff_sorties=95@2026-11']);
  });
});
