// SAID_TO_BE_SOMETHING_ELSE: 大滩苗木数报多了，36800是活动那天全镇栽的，我们村是28600株 and 20是件数，按处算是13处 (dev part fresh29)
// kept 36800 and 20 — a figure said to be something else (是…的 / 是件数), with a figure after it in the sentence, is the one
// explained away; the figure after it is the item's, its words (我们村, 按处算) naming the reporter's unit or how it is
// counted, not another thing.
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';

const int = (key: string, label: string, aliases: string[], unit: string): FieldDef => ({ key, label, aliases, type: 'integer', unit, min: 0 });
const trees = int('zs_trees', '栽植苗木株数', ['栽植苗木', '苗木株数', '苗木'], '株');
const clutter = int('xf_clutter', '清理可燃杂物', ['清理杂物', '可燃杂物', '清理堆物'], '处');
const read = (text: string, field: FieldDef) => summary(parseReply(text, ctx(open(field, '2026-11', true))).values);

describe('a figure said to be something else', () => {
  it('is explained away by the figure after it', () => {
    expect(read('大滩苗木数报多了，36800是活动那天全镇栽的，我们村是28600株', trees)).toEqual(['zs_trees=28600@2026-11']);
    expect(read('月季园清理杂物报错了，20是件数，按处算是13处', clutter)).toEqual(['xf_clutter=13@2026-11']);
  });

  it('said right, or with no figure after it, is read as before', () => {
    expect(read('苗木3600株是对的', trees)).toEqual(['zs_trees=3600@2026-11']);
    expect(read('苗木3600株是全村的', trees)).toEqual(['zs_trees=3600@2026-11']);
  });
});
