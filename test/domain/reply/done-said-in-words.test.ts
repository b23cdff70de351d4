// 隐患已经整改了5处 after 燃气隐患7处 — 已经整改了 says the part dealt with, as 已整改 does; written this way it replaced the 7
// hazards found with 5 (and, answered earlier, corrected them to 5: a wrong figure).
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

const rectified: FieldDef = { key: 'hazards_rectified', label: '隐患整改数', aliases: [], type: 'integer', unit: '处', min: 0 };
const values = (text: string, ...c: Parameters<typeof ctx>): string[] => summary(parseReply(text, ctx(...c)).values);

describe('a part dealt with, said in words', () => {
  it.each(['燃气隐患7处，隐患已经整改了5处', '燃气隐患7处，整改了5处', '燃气隐患7处，已经全部处置了5处'])('%s keeps the 7 found', (text) => {
    expect(values(text, open(F.gas))).toEqual(['gas_hazards=7@2026-11']);
  });

  it('never corrects the count found', () => {
    expect(values('隐患已经整改了5处', open(F.gas, '2026-11', true))).toEqual([]);
  });

  it('is the figure of an item that counts what was dealt with', () => {
    expect(values('燃气隐患7处，已经整改了5处', open(F.gas), open(rectified))).toEqual(['gas_hazards=7@2026-11', 'hazards_rectified=5@2026-11']);
  });
});
