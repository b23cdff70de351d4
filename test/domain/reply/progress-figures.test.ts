import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

const safety = ctx(open(F.gas), open(F.food));
const values = (text: string, c = safety): string[] => summary(parseReply(text, c).values).sort();

describe('a figure for the part already dealt with (已整改3处) is not the total', () => {
  it('keeps the total given before it', () => {
    expect(values('燃气隐患5处，已整改3处')).toEqual(['gas_hazards=5@2026-11']);
    expect(values('燃气隐患5处已整改3处，食品安全隐患2处')).toEqual(['food_safety_hazards=2@2026-11', 'gas_hazards=5@2026-11']);
  });

  it('records nothing when only the part is given', () => {
    expect(values('燃气隐患已整改3处')).toEqual([]);
  });

  it('reads the figure when the field itself counts what was rectified', () => {
    const fixed: FieldDef = { key: 'rectified', label: '已整改隐患数', aliases: [], type: 'integer', unit: '处', min: 0 };
    expect(values('隐患5处，已整改3处', ctx(open(fixed)))).toEqual(['rectified=3@2026-11']);
  });
});
