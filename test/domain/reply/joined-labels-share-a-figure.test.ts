// JOINED_LABELS_SHARE (read-clause.ts): 排查隐患和已整改都是0 — two labels joined by 和, each naming its own item, then 都 and
// one figure: each item's. Read by likeness of the whole phrase, 未整改 (its alias 未整改隐患 shares 隐患) was taken for
// 已整改, a wrong figure.
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';

const int = (key: string, label: string, aliases: string[], unit: string): FieldDef => ({ key, label, aliases, type: 'integer', unit, min: 0 });
const found = int('found', '排查隐患', ['隐患', '发现隐患'], '处');
const fixed = int('fixed', '已整改', ['整改完成'], '处');
const left = int('left', '未整改', ['未整改隐患', '尚未整改'], '处');
const c = ctx(open(found), open(fixed), open(left));

describe('labels joined by 和, then 都 and one figure', () => {
  it('the figure is each named item\'s', () => {
    expect(summary(parseReply('排查隐患和已整改都是0', c).values)).toEqual(['fixed=0@2026-11', 'found=0@2026-11']);
    expect(summary(parseReply('已整改和未整改都是2处', c).values)).toEqual(['fixed=2@2026-11', 'left=2@2026-11']);
  });
});
