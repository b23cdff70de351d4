// 宫颈癌和乳腺癌的异常人数要不要报？宫颈异常3例，乳腺1例: the reply asks about an item nobody asked (异常人数), then gives
// its figures under labels sharing words with open items (宫颈 with 宫颈癌筛查人数). A label ending on the asked-about word,
// and an elided label right after it (乳腺), names that item: its figure is held and asked about, never filed as given.
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';

const int = (key: string, label: string, aliases: string[]): FieldDef => ({ key, label, aliases, type: 'integer', unit: '人', min: 0 });
const cervical = int('cervical', '宫颈癌筛查人数', ['宫颈癌筛查', '宫颈癌']);
const breast = int('breast', '乳腺癌筛查人数', ['乳腺癌筛查', '乳腺癌']);

const filed = (r: ReturnType<typeof parseReply>) => summary(r.values.filter((v) => !v.confirm));

describe('figures of the item the reply asks about', () => {
  it('异常 asked about: 宫颈异常3例 and 乳腺1例 are not filed as the screening counts', () => {
    const r = parseReply('宫颈癌和乳腺癌的异常人数要不要报？宫颈异常3例，乳腺1例', ctx(open(cervical), open(breast)));
    expect(filed(r)).toEqual([]);
    expect(r.values.map((v) => v.confirm)).toEqual(['“宫颈异常”是指宫颈癌筛查人数吗？', '“乳腺”是指乳腺癌筛查人数吗？']);
  });

  it('the screening counts said plainly are still filed', () => {
    const r = parseReply('宫颈癌96人，乳腺癌95人', ctx(open(cervical), open(breast)));
    expect(filed(r)).toEqual(['breast=95@2026-11', 'cervical=96@2026-11']);
  });
});
