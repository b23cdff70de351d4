// STATED_EARLIER_IN_THE_RUN: a voice run that gives a figure as a bare level (刚才报的5间 核实后是6间) and then, after a pause,
// asks about another item (倒塌的1间是空置的老房子也算吗？) asks only those last words: the level before is read. The whole
// run was taken as the question and 损坏房屋 6 was not read (the 5 said before stayed).
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';

const hurt: FieldDef = { key: 'zq_hurt', label: '损坏房屋', aliases: ['房屋损坏', '损房'], type: 'integer', unit: '间', min: 0 };
const fall: FieldDef = { key: 'zq_fall', label: '倒塌房屋', aliases: ['房屋倒塌', '倒房'], type: 'integer', unit: '间', min: 0 };

describe('a question after a bare level, about another item', () => {
  it('leaves the level read', () => {
    const c = ctx(open(hurt, '2026-12-03', true), open(fall, '2026-12-03', true));
    const r = parseReply('损坏房屋刚才报的5间 核实后是6间 倒塌的1间是空置的老房子也算吗？', c);
    expect(summary(r.values)).toEqual(['zq_hurt=6@2026-12-03']);
  });

  it('about the same item, stays a question', () => {
    const c = ctx(open(hurt, '2026-12-03', true), open(fall, '2026-12-03', true));
    expect(summary(parseReply('损坏房屋刚才报的5间 核实后是6间 损坏的老房子也算吗？', c).values)).toEqual([]);
  });
});
