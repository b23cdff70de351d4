// 低保人数203人，更正：应为205人 — the word that says a figure is corrected, standing as a label before a colon, names no
// item: the figure after it corrects the one before (203 was kept).
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, F, open, summary } from './fixtures.js';

const read = (text: string) => summary(parseReply(text, ctx(open(F.dibaoPersons))).values);

describe('a correction heading', () => {
  it('更正： then the figure', () => {
    expect(read('低保人数203人，更正：应为205人')).toEqual(['dibao_persons=205@2026-11']);
    expect(read('低保人数203人。订正：205人')).toEqual(['dibao_persons=205@2026-11']);
  });

  it('a figure with no correction stays', () => {
    expect(read('低保人数203人')).toEqual(['dibao_persons=203@2026-11']);
  });
});
