// GE_NEVER_OUTWEIGHS_A_NAME (bind.ts): 劝导点4个 护林员8个 with 护林防火员 (人) and 护林防火劝导点 (个) open — 个 counts people and
// things alike, so a label that spells out an item's whole name (护林员) is not outweighed by an item that shares a piece of
// the name (护林) and happens to count in 个. Before, 8 was stored as 劝导点 and 护林员 was left unanswered.
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';

const int = (key: string, label: string, aliases: string[], unit: string): FieldDef => ({ key, label, aliases, type: 'integer', unit, min: 0 });
const points = int('points', '护林防火劝导点', ['劝导点', '防火劝导点'], '个');
const rangers = int('rangers', '护林防火员', ['护林员', '防火员'], '人');

describe('a whole name said with 个', () => {
  const c = ctx(open(points), open(rangers));

  it('names the item in persons, not the item counted in 个 that shares a piece of the name', () => {
    expect(summary(parseReply('劝导点4个 护林员8个', c).values)).toEqual(['points=4@2026-11', 'rangers=8@2026-11']);
    expect(summary(parseReply('有3个劝导点，护林员6个', c).values)).toEqual(['points=3@2026-11', 'rangers=6@2026-11']);
  });

  it('in a correction too', () => {
    const held = ctx({ ...open(points), answered: true }, { ...open(rangers), answered: true });
    expect(summary(parseReply('更正一下 护林员是9个', held).values)).toEqual(['rangers=9@2026-11']);
  });
});
