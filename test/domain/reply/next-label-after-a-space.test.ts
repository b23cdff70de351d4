// NEXT_LABEL_AFTER_A_SPACE: 户数128 人数待核实 — the figure's own label stands before it; a label set off by a space after it
// starts the next item (still to come, or a status). Read as labelling the figure too, two labels claimed 128 and the
// households' figure was lost.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, F, open, summary } from './fixtures.js';

const c = () => ctx(open(F.dibaoHouseholds), open(F.dibaoPersons));

describe('a label after a space starts the next item', () => {
  it('the figure keeps the label before it', () => {
    expect(summary(parseReply('户数128户 人数待核实', c()).values)).toEqual(['dibao_households=128@2026-11']);
    expect(summary(parseReply('户数:128 人数:不清楚', c()).values)).toEqual(['dibao_households=128@2026-11']);
  });

  it('a figure with no label before it is still labelled by the words after it', () => {
    expect(summary(parseReply('共128 低保户', c()).values)).toEqual(['dibao_households=128@2026-11']);
  });
});
